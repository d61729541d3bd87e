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
    if (this.length >= this.cap) this.halve();
  }

  private halve(): void {
    this.stride *= 2;
    let k = 0;
    for (let i = 0; i < this.length; i++) {
      if (i === 0 || this.epochs[i] % this.stride === 0) {
        this.epochs[k] = this.epochs[i];
        this.train[k] = this.train[i];
        this.test[k] = this.test[i];
        k++;
      }
    }
    this.epochs.length = this.train.length = this.test.length = k;
  }
}
