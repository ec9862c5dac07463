// A small React wrapper around Leaflet for the governance pages (portal and console). There is no tile server: the
// grids' GeoJSON polygons on a plain background give the city its shape. A map alone is not accessible, so every
// map carries a name, is described by a text alternative (the caller's, or a list of its markers), and a pin can be
// set from the keyboard (Enter pins the map's centre).
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Feature, GeoJsonObject } from 'geojson';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './geo-map.css';

/** A GeoJSON layer (grids, districts…) with its style and an optional hover label per feature. */
export interface GeoLayer {
  id: string;
  data: GeoJsonObject;
  style?: L.PathOptions | ((feature: Feature | undefined) => L.PathOptions);
  label?: (feature: Feature) => string | null;
}

/** A point drawn as a circle marker in the given colour, labelled on hover and in a popup when clicked. */
export interface GeoMarker {
  id: string;
  lat: number;
  lng: number;
  color: string;
  label: string;
  radius?: number;
}

/** An area around a point (a hotspot), radius in metres. */
export interface GeoCircle {
  id: string;
  lat: number;
  lng: number;
  radiusMeters: number;
  color: string;
  label: string;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface GeoMapProps {
  /** The accessible name of the map. */
  ariaLabel: string;
  layers?: GeoLayer[];
  markers?: GeoMarker[];
  circles?: GeoCircle[];
  /** Turns on picking: a click (or Enter on the focused map) calls this with the place; `picked` shows the pin. */
  onPick?: (lat: number, lng: number) => void;
  picked?: GeoPoint | null;
  /** What the view is fitted to when the data first arrives or `fitKey` changes. */
  fit?: 'layers' | 'markers' | 'all';
  fitKey?: string;
  /** The text alternative shown below the map; by default a list of the markers' labels. */
  textAlternative?: ReactNode;
  height?: number | string;
  className?: string;
}

const DEFAULT_CENTRE: L.LatLngTuple = [30.23, 120.16];

function boundsOf(group: L.FeatureGroup): L.LatLngBounds | null {
  const bounds = group.getBounds();
  return bounds.isValid() ? bounds : null;
}

export function GeoMap({ ariaLabel, layers = [], markers = [], circles = [], onPick, picked = null, fit = 'layers', fitKey, textAlternative, height = 360, className }: GeoMapProps) {
  const { t } = useTranslation();
  const descriptionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerGroupRef = useRef<L.FeatureGroup | null>(null);
  const markerGroupRef = useRef<L.FeatureGroup | null>(null);
  const pinGroupRef = useRef<L.FeatureGroup | null>(null);
  const pickRef = useRef(onPick);
  const fittedRef = useRef<string | null>(null);

  useEffect(() => {
    pickRef.current = onPick;
  }, [onPick]);

  // One Leaflet map per mounted component; the groups are redrawn as the props change.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return undefined;
    const map = L.map(container, { center: DEFAULT_CENTRE, zoom: 13, attributionControl: false, zoomControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: t('geoMap.zoomIn'), zoomOutTitle: t('geoMap.zoomOut') }).addTo(map);
    layerGroupRef.current = L.featureGroup().addTo(map);
    markerGroupRef.current = L.featureGroup().addTo(map);
    pinGroupRef.current = L.featureGroup().addTo(map);
    map.on('click', (event: L.LeafletMouseEvent) => pickRef.current?.(round(event.latlng.lat), round(event.latlng.lng)));
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.target !== container || pickRef.current === undefined) return;
      event.preventDefault();
      const centre = map.getCenter();
      pickRef.current(round(centre.lat), round(centre.lng));
    };
    container.addEventListener('keydown', onKey);
    // The container can change size with the layout (mobile rotation, side panels): Leaflet must re-measure.
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(container);
    mapRef.current = map;
    return () => {
      observer.disconnect();
      container.removeEventListener('keydown', onKey);
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const group = layerGroupRef.current;
    if (group === null) return;
    group.clearLayers();
    for (const layer of layers) {
      const geo = L.geoJSON(layer.data, {
        style: layer.style,
        // A click on a labelled polygon still reaches the map (Leaflet bubbles it there), so it picks the point.
        interactive: layer.label !== undefined,
        onEachFeature: (feature, drawn) => {
          const text = layer.label?.(feature);
          if (text) drawn.bindTooltip(text, { sticky: true });
        },
      });
      group.addLayer(geo);
    }
  }, [layers]);

  useEffect(() => {
    const group = markerGroupRef.current;
    if (group === null) return;
    group.clearLayers();
    for (const circle of circles) {
      L.circle([circle.lat, circle.lng], { radius: circle.radiusMeters, color: circle.color, weight: 2, fillOpacity: 0.15 })
        .bindTooltip(circle.label)
        .addTo(group);
    }
    for (const marker of markers) {
      L.circleMarker([marker.lat, marker.lng], { radius: marker.radius ?? 7, color: '#ffffff', weight: 2, fillColor: marker.color, fillOpacity: 0.95 })
        .bindTooltip(marker.label)
        .bindPopup(marker.label)
        .addTo(group);
    }
  }, [markers, circles]);

  useEffect(() => {
    const group = pinGroupRef.current;
    if (group === null) return;
    group.clearLayers();
    if (picked !== null) {
      const icon = L.divIcon({ className: 'yw-geo-pin', html: '<span aria-hidden="true"></span>', iconSize: [24, 24], iconAnchor: [12, 24] });
      L.marker([picked.lat, picked.lng], { icon, keyboard: false, interactive: false }).addTo(group);
    }
  }, [picked]);

  // Fit once when there is something to fit, and again whenever the caller changes fitKey.
  useEffect(() => {
    const map = mapRef.current;
    if (map === null) return;
    const key = fitKey ?? 'initial';
    if (fittedRef.current === key) return;
    const all = L.featureGroup();
    if (fit !== 'markers' && layerGroupRef.current) all.addLayer(layerGroupRef.current);
    if (fit !== 'layers' && markerGroupRef.current) all.addLayer(markerGroupRef.current);
    const bounds = boundsOf(all);
    if (bounds === null) return;
    // No animation: a tap during a moving fit would land somewhere else than the person aimed.
    map.fitBounds(bounds, { padding: [12, 12], maxZoom: 16, animate: false });
    fittedRef.current = key;
  }, [fit, fitKey, layers, markers]);

  const description = textAlternative ?? (markers.length > 0 ? <MarkerList markers={markers} /> : null);
  return (
    <div className={['yw-geo-map', className].filter(Boolean).join(' ')}>
      <div
        ref={containerRef}
        className="yw-geo-map-canvas"
        role="region"
        aria-label={ariaLabel}
        aria-describedby={description === null ? undefined : descriptionId}
        aria-keyshortcuts={onPick === undefined ? undefined : 'Enter'}
        style={{ height }}
      />
      {onPick !== undefined && <p className="yw-geo-map-hint">{t('geoMap.pickHint')}</p>}
      {description !== null && (
        <div id={descriptionId} className="yw-geo-map-text">
          {description}
        </div>
      )}
    </div>
  );
}

/** The markers as text, each with its colour dot. */
export function MarkerList({ markers }: { markers: GeoMarker[] }) {
  return (
    <ul className="yw-geo-map-list">
      {markers.map((marker) => (
        <li key={marker.id}>
          <span className="yw-geo-dot" style={{ background: marker.color }} aria-hidden="true" />
          {marker.label}
        </li>
      ))}
    </ul>
  );
}

/** Six decimals (about 0.1 m) is more than a pin tapped on a phone can mean. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
