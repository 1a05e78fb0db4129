// Capacity of positions over time: a position with count n can hold at most n people at
// once. Each unit is a slot that is free again the day after its holder leaves.
import type { SubsidyInstrument } from '../../lib/generated/prisma/enums';
import { addDays } from './dates';

export interface PositionSource {
  positionId: string;
  employerId: string;
  count: number;
  instrument: SubsidyInstrument;
  hoursPerWeek: number;
  hourlyWageCents: number;
}

interface Slot {
  position: PositionSource;
  freeFrom: number; // epoch ms
}

export class SlotPool {
  private readonly slots: Slot[] = [];
  private pointer = 0;

  /** Slots are interleaved across positions, so successive hires spread over employers. */
  constructor(positions: readonly PositionSource[]) {
    const remaining = positions.map((position) => position.count);
    while (remaining.some((n) => n > 0)) {
      positions.forEach((position, i) => {
        if ((remaining[i] ?? 0) > 0) {
          this.slots.push({ position, freeFrom: Number.NEGATIVE_INFINITY });
          remaining[i] = (remaining[i] ?? 0) - 1;
        }
      });
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Takes a slot for a job wanted from `wanted`: the next slot free by then, else the one
   * free soonest if that is no later than `latest`. Returns the slot and the actual start.
   */
  acquire(wanted: Date, latest: Date): { index: number; position: PositionSource; start: Date } | null {
    if (wanted.getTime() > latest.getTime()) return null;
    const n = this.slots.length;
    let soonest = -1;
    for (let k = 0; k < n; k += 1) {
      const index = (this.pointer + k) % n;
      const slot = this.slots[index];
      if (!slot) continue;
      if (slot.freeFrom <= wanted.getTime()) return this.take(index, wanted);
      if (soonest < 0 || slot.freeFrom < (this.slots[soonest]?.freeFrom ?? Infinity)) soonest = index;
    }
    const candidate = this.slots[soonest];
    if (!candidate || candidate.freeFrom > latest.getTime()) return null;
    return this.take(soonest, new Date(candidate.freeFrom));
  }

  /** The holder left on `lastDay`; the slot is free from the next day. */
  release(index: number, lastDay: Date): void {
    const slot = this.slots[index];
    if (slot) slot.freeFrom = addDays(lastDay, 1).getTime();
  }

  private take(index: number, start: Date): { index: number; position: PositionSource; start: Date } {
    const slot = this.slots[index];
    if (!slot) throw new Error('Ungültiger Platz');
    this.pointer = (index + 1) % this.slots.length;
    slot.freeFrom = Number.POSITIVE_INFINITY; // held until release()
    return { index, position: slot.position, start };
  }
}
