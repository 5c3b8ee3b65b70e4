// What the contact form and its SubmissionController hand each other.
import type { ControlName, FormRules } from './fields.js';
import type { Encoding } from './submission.js';
import type { ExtraControl, Problem } from './validation.js';

/** What the controller reads from its form, each time it needs it. */
export interface SubmissionSettings {
  action: string | undefined;
  encoding: Encoding;
  /** Milliseconds, already checked. */
  timeout: number;
  locale: string;
  rules: FormRules;
  /** Names the draft: two forms on one page differ in `id` or `action`. */
  draftName: string;
}

/** What the element hands over when the person presses send: what its rendered form holds. */
export interface SubmitInput {
  /** Whether the hidden trap field was filled in: people never see it, so only a bot does. */
  trapped: boolean;
  /** The light-DOM controls slotted into `extra`, in document order. */
  extras: readonly ExtraControl[];
}

/**
 * Where focus goes once the form shows what just happened: a built-in control that needs
 * correcting, the first refused extra control (which shows the browser's own bubble), the send
 * button (after a refusal that names no shown field, and only when nothing in the form has focus),
 * or "Send another message" after a success.
 */
export type FocusTarget = ControlName | ExtraControl | 'submit-button' | 'send-another-button';

/**
 * What is wrong with one control: a problem the form's own checks found (put into words at render
 * time, in the form's language), or a message the endpoint sent for it, shown as it came.
 */
export type FieldIssue = { problem: Problem } | { server: string };
