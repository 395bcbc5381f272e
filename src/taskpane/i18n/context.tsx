/** The strings of the pane's language, handed down through React context. */
import { createContext, useContext, type ReactNode } from "react";
import { STRINGS, type Lang, type Strings } from "./strings";

interface I18n {
  lang: Lang;
  t: Strings;
}

const I18nContext = createContext<I18n>({ lang: "zh", t: STRINGS.zh });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
