/**
 * Loss per epoch for the chart, with flat memory: past a cap, every other
 * point is dropped, so 100,000 epochs cost the same as 2,000.
 */
export class LossHistory {
  readonly epochs: number[] = [];
  readonly train: number[] = [];
  readonly test: number[] = [];
  /** Keep one point in `stride` epochs (doubles each time the cap is hit). */
  private stride = 1;

  constructor(private readonly cap = 2000) {}

  get length(): number {
    return this.epochs.length;
  }

  clear(): void {
    this.epochs.length = this.train.length = this.test.length = 0;
    this.stride = 1;
  }

  push(epoch: number, train: number, test: number): void {
    if (this.length > 0 && epoch % this.stride !== 0) return;
    this.epochs.push(epoch);
    this.train.push(train);
    this.test.push(test);
    if (this.length < this.cap) return;
    // At the cap: keep one point in twice as many epochs (the first always), in place.
    this.stride *= 2;
    const keep = this.epochs.map((e, i) => i === 0 || e % this.stride === 0);
    for (const series of [this.epochs, this.train, this.test]) {
      let k = 0;
      for (let i = 0; i < keep.length; i++) if (keep[i]) series[k++] = series[i];
      series.length = k;
    }
  }
}
