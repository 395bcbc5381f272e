/** Every indicator by group: points / weight (and the county's claimed points), the basis line and links to its evidence. */
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { IndicatorResult, ScoreReport } from "../../scoring/report";
import type { Rubric } from "../../scoring/rubric";
import { useI18n } from "../i18n/context";
import { fmtPoints, indicatorLinks } from "../model/summary";
import { GoToLink, type OnSelect } from "./GoToLink";

const useStyles = makeStyles({
  group: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS, minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
  badges: { flexShrink: 0, display: "flex", flexDirection: "column", alignItems: "flex-end", gap: "2px" },
  basis: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  evidence: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", display: "flex", gap: tokens.spacingHorizontalXS },
  evidenceLabel: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  links: { listStyleType: "none", margin: 0, padding: 0, minWidth: 0 },
});

function badgeColor(ind: IndicatorResult): "success" | "warning" | "danger" | "informative" {
  if (ind.section === "veto") return ind.vetoed ? "danger" : "success";
  if (ind.status === "missing" || ind.points <= 0) return "danger";
  return ind.points >= ind.weight ? "success" : "warning";
}

function IndicatorItem({ ind, onSelect }: { ind: IndicatorResult; onSelect: OnSelect }) {
  const { t } = useI18n();
  const s = useStyles();
  const links = indicatorLinks(ind);
  const points = ind.section === "veto" ? (ind.vetoed ? t.vetoTriggered : t.vetoNotTriggered) : t.indicatorPoints(fmtPoints(ind.points), fmtPoints(ind.weight));
  // The county's own points beside the computed ones; veto rows carry none.
  const claimed =
    ind.claimed !== undefined && ind.section !== "veto"
      ? { text: t.claimedPoints(fmtPoints(ind.claimed)), differs: Math.abs(ind.claimed - ind.points) > 1e-6 }
      : undefined;
  return (
    <li className={s.item} data-indicator={ind.id}>
      <div className={s.head}>
        <Text size={300} weight="semibold" className={s.name}>
          {ind.name}
        </Text>
        <div className={s.badges}>
          <Badge className={s.badge} appearance="tint" color={badgeColor(ind)}>
            {points}
          </Badge>
          {claimed ? (
            <Badge
              className={s.badge}
              appearance="outline"
              color={claimed.differs ? "danger" : "informative"}
              data-testid="claimed"
              {...(claimed.differs ? { title: t.claimDiffers, "aria-label": `${claimed.text}（${t.claimDiffers}）` } : {})}
            >
              {claimed.text}
            </Badge>
          ) : null}
        </div>
      </div>
      <Text size={200} className={s.basis}>
        {ind.basis}
      </Text>
      {links.length ? (
        <div className={s.evidence}>
          <span className={s.evidenceLabel}>{t.evidence}</span>
          <ul className={s.links}>
            {links.map((l) => (
              <li key={l.text}>
                <GoToLink target={l} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

export function IndicatorList({ report, rubric, onSelect }: { report: ScoreReport; rubric: Rubric; onSelect: OnSelect }) {
  const s = useStyles();
  return (
    <div>
      {rubric.groups.map((g) => {
        const inds = report.indicators.filter((i) => i.group === g.id);
        if (!inds.length) return null;
        return (
          <section key={g.id} aria-label={g.name}>
            <h4 className={s.group}>{g.name}</h4>
            <ul className={s.list}>
              {inds.map((ind) => (
                <IndicatorItem key={ind.id} ind={ind} onSelect={onSelect} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
