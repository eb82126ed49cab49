import { describe, expect, it } from 'vitest';
import { gpuSegment } from './gpu-segments.ts';

describe('gpuSegment', () => {
  it('puts data-centre and workstation product lines together', () => {
    for (const name of [
      'NVIDIA Tesla K20c',
      'NVIDIA Quadro RTX 6000',
      'NVIDIA RTX A6000',
      'NVIDIA A100 SXM4 40 GB',
      'NVIDIA A10 PCIe',
      'NVIDIA M40',
      'NVIDIA P100',
      'AMD Radeon Instinct MI250X',
      'AMD Radeon Pro Vega II Duo',
      'AMD Radeon Vega Frontier Edition',
    ])
      expect(gpuSegment(name), name).toBe('datacentre-workstation');
  });

  it('puts gaming boards and TITANs in consumer', () => {
    for (const name of [
      'NVIDIA GeForce GTX 580',
      'NVIDIA GeForce RTX 3090',
      'NVIDIA TITAN Xp',
      'NVIDIA Titan V',
      'NVIDIA GTX Titan Black',
      'ATI Radeon HD 5870',
      'AMD Radeon RX Vega 64',
      'AMD Radeon VII',
    ])
      expect(gpuSegment(name), name).toBe('consumer');
  });

  it('keeps embedded modules out of both, and says when it does not know', () => {
    expect(gpuSegment('NVIDIA Jetson AGX Xavier GPU')).toBe('embedded');
    expect(gpuSegment('Intel Xeon Phi 7290')).toBeUndefined();
  });
});
