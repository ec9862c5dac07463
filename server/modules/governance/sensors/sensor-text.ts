// What a sensor incident says: which station, which measure, how high, above which threshold; Chinese first (the
// dispatcher's language), then English for the bilingual console.

const KIND_ZH: Record<string, string> = { air_quality: '空气质量监测点', noise: '噪声监测点', water_level: '路面积水监测点' };
const KIND_EN: Record<string, string> = { air_quality: 'Air quality station', noise: 'Noise monitor', water_level: 'Road water level gauge' };
const METRIC: Record<string, string> = { pm25: 'PM2.5', pm10: 'PM10', db: '噪声(dB)', cm: '积水深度(cm)' };
const METRIC_EN: Record<string, string> = { pm25: 'PM2.5', pm10: 'PM10', db: 'noise (dB)', cm: 'water depth (cm)' };

export function sensorIncidentText(sensor: { code: string; kind: string }, metric: string, value: number, openAbove: number): string {
  const zh = `${KIND_ZH[sensor.kind] ?? '监测点'}${sensor.code} ${METRIC[metric] ?? metric} 达到 ${value}，超过阈值 ${openAbove}`;
  const en = `${KIND_EN[sensor.kind] ?? 'Sensor'} ${sensor.code}: ${METRIC_EN[metric] ?? metric} reached ${value}, above the threshold ${openAbove}`;
  return `${zh}\n${en}`;
}
