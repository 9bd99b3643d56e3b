import type { Dictionary } from "../../dictionary";

export default {} satisfies Dictionary["quiz"];
