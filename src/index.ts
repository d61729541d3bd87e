// The public ESM surface: re-exports only, no logic, no side effects.
export { createPlayground } from './playground/create';
export type { Playground, PlaygroundState } from './playground/create';
export type { PlaygroundOptions, Theme } from './playground/options';
export type { PlaygroundEvents, EventType, StepEvent, LossEvent, ResetEvent, PlayEvent, PauseEvent, ConfigChangeEvent, DivergeEvent } from './playground/events';
export type { PartName, ViewPartName, ControlPartName } from './views/parts/types';
export type { Labels, LabelKey } from './views/labels';
export { DEFAULT_LABELS } from './views/labels';
export { createTrainer, Trainer, DOMAIN } from './trainer';
export type { StepResult, NetworkWeights, TrainerState, ConfigChange, GridOutputs } from './trainer';
export { parseConfig, serializeConfig, readConfigUrl } from './config/url';
export type { ConfigUrlReading } from './config/url';
export { DEFAULT_CONFIG, ConfigError, PARAMS, HIDEABLE_IDS } from './config/schema';
export type { PlaygroundConfig, ParamSpec, HideableId, ChangeEffect } from './config/schema';
export type { ActivationName } from './engine/activations';
export type { DatasetName, ClassifyDatasetName, RegressDatasetName, Point } from './data/datasets';
export type { FeatureId } from './data/features';
