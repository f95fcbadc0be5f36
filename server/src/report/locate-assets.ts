// The edge between the engine's offsets and the report's lines: the assets of one inventory file,
// each with its workspace-relative path and 1-based line. Used by the CLI and the language server.
import { inventoryRecords } from '../engine/posture/inventory-records';
import type { OutpostConfig } from '../engine/config/config';
import { LineIndex } from '../engine/line-index';
import type { LocatedAsset } from './posture-model';

export function locateAssets(path: string, text: string, config?: OutpostConfig): LocatedAsset[] {
  const records = inventoryRecords(path, text, config);
  if (records.length === 0) return [];
  const lines = new LineIndex(text);
  return records.map(({ range, ...rest }) => ({ ...rest, path, line: lines.positionAt(range.start).line + 1 }));
}

/** The review interval a configuration gives inventories that set none (inventory/review-overdue `days`). */
export function configuredReviewDays(config: OutpostConfig | undefined): number | undefined {
  const v = config?.ruleOptions['inventory/review-overdue']?.['days'];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}
