// The region hierarchy as a tree, opened down to the regions in my scope.
import { Card, Tag, Tree, type TreeDataNode } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildRegionTree, regionName, regionPath, useRegions, type RegionNode } from '../../shared/regions';
import { useSession } from '../../shared/session';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { StatusTag } from '../../shared/StatusTag';
import { PageHeading } from '../PageHeading';
import { levelLabel } from '../../shared/labels';

function toTreeData(nodes: RegionNode[], t: TFunction, language: string, isMarked: (code: string) => boolean): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.code,
    title: (
      <span className="yw-region-node">
        <span>{regionName(node, language)}</span>
        <span className="yw-mono yw-muted">{node.code}</span>
        <Tag>{levelLabel(t, node.level)}</Tag>
        {isMarked(node.code) && <StatusTag tone="success">{t('console.regions.inScope')}</StatusTag>}
      </span>
    ),
    children: toTreeData(node.children, t, language, isMarked),
  }));
}

export function RegionsPage() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const { regions, error, reload } = useRegions();
  const scope = useMemo(() => (state.status === 'signed_in' ? state.me.scope.regionCodes : []), [state]);

  const { treeData, expandedKeys } = useMemo(() => {
    if (regions === undefined) return { treeData: [], expandedKeys: [] };
    const roots = buildRegionTree(regions);
    // Open the path to each scope region and the scope region itself (its streets become visible).
    const expanded = new Set<string>(scope.flatMap((code) => regionPath(regions, code)));
    if (expanded.size === 0) roots.forEach((root) => expanded.add(root.code));
    return { treeData: toTreeData(roots, t, i18n.language, (code) => scope.includes(code)), expandedKeys: [...expanded] };
  }, [regions, scope, t, i18n.language]);

  return (
    <>
      <PageHeading title={t('console.regions.title')} intro={t('console.regions.intro')} />
      <Card>
        {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
        {error === undefined && regions === undefined && <PageLoading />}
        {regions !== undefined && (
          <Tree
            aria-label={t('console.regions.title')}
            showLine
            blockNode
            selectable={false}
            defaultExpandedKeys={expandedKeys}
            treeData={treeData}
          />
        )}
      </Card>
    </>
  );
}
