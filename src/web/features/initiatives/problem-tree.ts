import type { ProblemNode } from '../../../domain/policy-cycle';
import { newNodeId } from './initiative-values';

/** Causes and effects nest at most three levels: a cause, its causes, and theirs. */
export const maxTreeDepth = 3;

export type NodePath = number[];

function heightOf(node: ProblemNode): number {
  return 1 + Math.max(0, ...node.children.map(heightOf));
}

function cloneNodes(nodes: ProblemNode[]): ProblemNode[] {
  return nodes.map((node) => ({ ...node, children: cloneNodes(node.children) }));
}

/** The list that holds the node at `path` (the root list for a top-level node). */
function siblingsOf(nodes: ProblemNode[], path: NodePath): ProblemNode[] {
  let list = nodes;
  for (const index of path.slice(0, -1)) list = list[index]?.children ?? [];
  return list;
}

export function nodeAt(nodes: ProblemNode[], path: NodePath): ProblemNode | undefined {
  return siblingsOf(nodes, path)[path.at(-1) ?? 0];
}

export function addNode(
  nodes: ProblemNode[],
  parentPath: NodePath | null,
): { nodes: ProblemNode[]; id: string } {
  const next = cloneNodes(nodes);
  const node = { id: newNodeId(), text: '', children: [] };
  if (parentPath === null) next.push(node);
  else nodeAt(next, parentPath)?.children.push(node);
  return { nodes: next, id: node.id };
}

export function updateText(nodes: ProblemNode[], path: NodePath, text: string): ProblemNode[] {
  const next = cloneNodes(nodes);
  const node = nodeAt(next, path);
  if (node) node.text = text;
  return next;
}

export function removeNode(nodes: ProblemNode[], path: NodePath): ProblemNode[] {
  const next = cloneNodes(nodes);
  siblingsOf(next, path).splice(path.at(-1) ?? 0, 1);
  return next;
}

/** Indenting makes a node the last child of the sibling above it, if the depth allows. */
export function canIndent(nodes: ProblemNode[], path: NodePath): boolean {
  const index = path.at(-1) ?? 0;
  const node = nodeAt(nodes, path);
  return index > 0 && node !== undefined && path.length + heightOf(node) <= maxTreeDepth;
}

export function indentNode(nodes: ProblemNode[], path: NodePath): ProblemNode[] {
  if (!canIndent(nodes, path)) return nodes;
  const next = cloneNodes(nodes);
  const siblings = siblingsOf(next, path);
  const index = path.at(-1) ?? 0;
  const [node] = siblings.splice(index, 1);
  if (node) siblings[index - 1]?.children.push(node);
  return next;
}

/** Outdenting puts a node right after its parent, one level up. */
export function outdentNode(nodes: ProblemNode[], path: NodePath): ProblemNode[] {
  if (path.length < 2) return nodes;
  const next = cloneNodes(nodes);
  const siblings = siblingsOf(next, path);
  const [node] = siblings.splice(path.at(-1) ?? 0, 1);
  const parentPath = path.slice(0, -1);
  if (node) siblingsOf(next, parentPath).splice((parentPath.at(-1) ?? 0) + 1, 0, node);
  return next;
}

/** "1.2.1": the number a person reads out for the node at `path`. */
export function nodeNumber(path: NodePath): string {
  return path.map((index) => index + 1).join('.');
}

/** Empty nodes are dropped before saving: the contract requires text in every node. */
export function withoutBlankNodes(nodes: ProblemNode[]): ProblemNode[] {
  return nodes
    .filter((node) => node.text.trim() !== '' || node.children.length > 0)
    .map((node) => ({ ...node, text: node.text.trim(), children: withoutBlankNodes(node.children) }));
}
