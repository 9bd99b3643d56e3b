// The type of a dictionary: the English one's shape, with every string widened to string.
import type en from "./dictionaries/en/index";

export type Dictionary = typeof en;
