// The quiz tests run against the bank and matrix the site publishes, loaded as the audit loads them.
export { loadBank, loadMatrix, loadModel } from "../../scripts/lib/quiz-content";
