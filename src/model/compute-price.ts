/**
 * From dollars to FLOP: what a training budget buys at a given
 * price-performance.
 */

/** An accelerator rented by the hour. */
export interface AcceleratorRental {
  /** Peak dense 16-bit tensor throughput, FLOP per second. */
  readonly peakFlopPerSecond: number;
  /** Model FLOP utilisation: the fraction of peak a training run achieves. */
  readonly utilization: number;
  /** Rental price, US dollars per accelerator-hour. */
  readonly usdPerHour: number;
}

/**
 * NVIDIA H100 SXM in 2025: 989 TFLOP/s dense BF16 (NVIDIA H100 datasheet),
 * 40% utilisation (typical of large training runs; Epoch AI, "Trends in
 * machine learning hardware", 2023), about $2 per GPU-hour on the 2025
 * cloud market.
 */
export const H100_2025: AcceleratorRental = Object.freeze({
  peakFlopPerSecond: 989e12,
  utilization: 0.4,
  usdPerHour: 2,
});

/**
 * Training FLOP bought per US dollar:
 * peak FLOP/s × utilisation × 3600 s / price per hour.
 *
 * @example flopPerDollar(H100_2025) // ≈ 7.1e17
 */
export function flopPerDollar(rental: AcceleratorRental): number {
  return (rental.peakFlopPerSecond * rental.utilization * 3600) / rental.usdPerHour;
}
