/** One piece of evidence for or against a verdict, with its weight in the score. */
export interface DetectionSignal {
  id: string;
  weight: number;
  detail?: string;
}

/** Builds a signal, dropping an empty detail so snapshots of signals stay compact. */
export function signal(id: string, weight: number, detail?: string): DetectionSignal {
  return detail ? { id, weight, detail } : { id, weight };
}

/** Sum of the weights. */
export function scoreOf(signals: readonly DetectionSignal[]): number {
  return signals.reduce((sum, item) => sum + item.weight, 0);
}
