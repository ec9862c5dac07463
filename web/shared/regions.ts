// The public region hierarchy (GET /regions), loaded once per page and shaped for trees and pickers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from './api';
import type { Region } from './types';

let allRegions: Promise<Region[]> | undefined;

/** All regions; the request is shared by every caller and retried after a failure. */
export function loadRegions(): Promise<Region[]> {
  allRegions ??= api
    .get<{ items: Region[] }>('/regions')
    .then((answer) => answer.items)
    .catch((error: unknown) => {
      allRegions = undefined;
      throw error;
    });
  return allRegions;
}

/** The region's name in the UI language (English names where the server has them). */
export function regionName(region: Region, language: string): string {
  return language.startsWith('en') && region.nameEn ? region.nameEn : region.name;
}

export interface RegionNode extends Region {
  children: RegionNode[];
}

/** Builds the forest of regions; a region whose parent is not in the list becomes a root. */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  for (const region of regions) nodes.set(region.code, { ...region, children: [] });
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode === null ? undefined : nodes.get(node.parentCode);
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
  }
  const byCode = (a: RegionNode, b: RegionNode) => a.code.localeCompare(b.code);
  const sortDeep = (list: RegionNode[]) => {
    list.sort(byCode);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}

/** One option of a region cascader. */
export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** A region tree as cascader options, each labelled with the region's name in `language`. */
export function regionOptions(nodes: RegionNode[], language: string): RegionOption[] {
  return nodes.map((node) => ({
    value: node.code,
    label: regionName(node, language),
    children: node.children.length > 0 ? regionOptions(node.children, language) : undefined,
  }));
}

/** The codes from the root down to `code` (inclusive). */
export function regionPath(regions: readonly Region[], code: string): string[] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const path: string[] = [];
  let current = byCode.get(code);
  while (current !== undefined && !path.includes(current.code)) {
    path.unshift(current.code);
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return path;
}

/** Region code → name in the UI language; empty until the list has loaded (callers fall back to what they have). */
export function useRegionNames(): Map<string, string> {
  const { regions } = useRegions();
  const { i18n } = useTranslation();
  return useMemo(
    () => new Map((regions ?? []).map((region) => [region.code, regionName(region, i18n.language)])),
    [regions, i18n.language],
  );
}

export interface RegionsQuery {
  regions: Region[] | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/** React hook over loadRegions(). */
export function useRegions(): RegionsQuery {
  const [regions, setRegions] = useState<Region[]>();
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    setError(undefined);
    loadRegions()
      .then((items) => {
        if (isCurrent) setRegions(items);
      })
      .catch((cause: unknown) => {
        if (!isCurrent) return;
        setError(cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', cause instanceof Error ? cause.message : String(cause)));
      });
    return () => {
      isCurrent = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { regions, error, reload };
}
