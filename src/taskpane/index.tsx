/**
 * Task pane entry — a minimal placeholder until the task pane UI is built. In the shared runtime
 * this page also hosts the custom functions (the functions bundle is loaded beside this one).
 */
import { createRoot } from "react-dom/client";

function Placeholder() {
  return (
    <main style={{ fontFamily: "Segoe UI, Microsoft YaHei, sans-serif", padding: 16 }}>
      <h1 style={{ fontSize: 18 }}>电商进农村考评</h1>
      <p>
        在单元格中输入 <code>=ECOM.</code> 即可使用考评函数，例如 <code>=ECOM.TRAINING_RATE_SCORE(4385, 420000)</code>。
      </p>
    </main>
  );
}

function mount(): void {
  const el = document.getElementById("root");
  if (el) createRoot(el).render(<Placeholder />);
}

if (typeof Office !== "undefined") Office.onReady(mount);
else mount();
