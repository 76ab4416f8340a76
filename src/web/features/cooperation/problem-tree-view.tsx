import { useTranslation } from 'react-i18next';
import type { ProblemNode } from '../../../domain/policy-cycle';

/** Causes or effects as nested lists, read-only. */
export function ProblemTreeView({ branch, nodes }: { branch: 'causes' | 'effects'; nodes: ProblemNode[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{t(`initiatives.tree.${branch}`)}</h3>
      {nodes.length === 0 ? (
        <p className="muted">{t(`initiatives.tree.${branch}Empty`)}</p>
      ) : (
        <Nodes nodes={nodes} />
      )}
    </div>
  );
}

function Nodes({ nodes }: { nodes: ProblemNode[] }) {
  return (
    <ul className="item-list">
      {nodes.map((node) => (
        <li key={node.id}>
          {node.text}
          {node.children.length > 0 ? <Nodes nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
