/**
 * The commands of `thoihan`, in the order help lists them. Adding a command: one file here and
 * one entry in this table.
 * @module
 */
import type { Command } from "../command.js";
import { calendarCommand } from "./calendar.js";
import { checkCommand } from "./check.js";
import { compareCommand } from "./compare.js";
import { deadlineCommand } from "./deadline.js";
import { draftCommand } from "./draft.js";
import { evaluateCommand } from "./evaluate.js";
import { findCommand } from "./find.js";
import { scoreCommand } from "./score.js";

/** Every command. */
export const COMMANDS: readonly Command[] = [deadlineCommand, findCommand, draftCommand, calendarCommand, checkCommand, evaluateCommand, scoreCommand, compareCommand];
