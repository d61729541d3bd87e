/** The widget's events and their payloads. */
import type { PlaygroundConfig } from '../config/schema.js';
import type { StepResult } from '../trainer.js';

/** Epoch, losses, and accuracy (classification) or R² (regression): what the trainer reports. */
export type StepEvent = StepResult;
export type LossEvent = StepEvent;
export interface ResetEvent extends StepEvent {
  config: Readonly<PlaygroundConfig>;
}
export interface PlayEvent {
  epoch: number;
}
export interface PauseEvent {
  epoch: number;
  /** Why training stopped: the reader or host ('user'), a reset or config change ('reset'), a step ('step'), divergence ('diverge'), the stopAt option ('stop'). */
  reason: 'user' | 'reset' | 'step' | 'diverge' | 'stop';
}
export interface ConfigChangeEvent {
  config: Readonly<PlaygroundConfig>;
  changed: string[];
  source: 'ui' | 'api';
}
export interface DivergeEvent extends StepEvent {
  message: string;
}

export interface PlaygroundEvents {
  step: StepEvent;
  loss: LossEvent;
  reset: ResetEvent;
  play: PlayEvent;
  pause: PauseEvent;
  configchange: ConfigChangeEvent;
  diverge: DivergeEvent;
}
export type EventType = keyof PlaygroundEvents;
export const EVENT_TYPES: readonly EventType[] = ['step', 'loss', 'reset', 'play', 'pause', 'configchange', 'diverge'];
