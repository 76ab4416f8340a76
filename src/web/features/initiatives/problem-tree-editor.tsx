import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemNode } from '../../../domain/policy-cycle';
import {
  addNode,
  canIndent,
  indentNode,
  maxTreeDepth,
  type NodePath,
  nodeNumber,
  outdentNode,
  removeNode,
  updateText,
} from './problem-tree';

type Branch = 'causes' | 'effects';

type ProblemTreeEditorProps = {
  branch: Branch;
  nodes: ProblemNode[];
  onChange: (nodes: ProblemNode[]) => void;
  isReadOnly: boolean;
  error?: string;
};

/**
 * Causes or effects of the problem as nested lists up to three levels. Every action is a button and
 * every node a labelled text box ("Causa 1.2"), so the tree is built with the keyboard alone; focus
 * follows the node that was added or moved.
 */
export function ProblemTreeEditor({ branch, nodes, onChange, isReadOnly, error }: ProblemTreeEditorProps) {
  const { t } = useTranslation();
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId.current) return;
    document.getElementById(`tree-${branch}-${focusId.current}`)?.focus();
    focusId.current = null;
  });
  const change = (next: ProblemNode[], focus?: string) => {
    if (focus) focusId.current = focus;
    onChange(next);
  };
  const noun = t(`initiatives.tree.${branch}Item`);
  return (
    <fieldset className="fieldset problem-tree">
      <legend>{t(`initiatives.tree.${branch}`)}</legend>
      <p className="field-hint">{t(`initiatives.tree.${branch}Hint`)}</p>
      {nodes.length === 0 ? <p className="muted">{t(`initiatives.tree.${branch}Empty`)}</p> : null}
      <TreeLevel
        branch={branch}
        noun={noun}
        all={nodes}
        nodes={nodes}
        parentPath={[]}
        isReadOnly={isReadOnly}
        onChange={change}
      />
      {error ? <p className="field-error">{error}</p> : null}
      {isReadOnly ? null : (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            const result = addNode(nodes, null);
            change(result.nodes, result.id);
          }}
        >
          {t(`initiatives.tree.add_${branch}`)}
        </button>
      )}
    </fieldset>
  );
}

type TreeLevelProps = {
  branch: Branch;
  noun: string;
  all: ProblemNode[];
  nodes: ProblemNode[];
  parentPath: NodePath;
  isReadOnly: boolean;
  onChange: (next: ProblemNode[], focus?: string) => void;
};

function TreeLevel({ branch, noun, all, nodes, parentPath, isReadOnly, onChange }: TreeLevelProps) {
  const { t } = useTranslation();
  if (nodes.length === 0) return null;
  return (
    <ol className="tree-level">
      {nodes.map((node, index) => {
        const path = [...parentPath, index];
        const label = `${noun} ${nodeNumber(path)}`;
        const inputId = `tree-${branch}-${node.id}`;
        const context = <span className="visually-hidden"> {label}</span>;
        return (
          <li key={node.id} className="tree-node">
            <div className="tree-node-row">
              <label htmlFor={inputId} className="tree-node-label">
                {label}
              </label>
              <input
                id={inputId}
                className="input"
                value={node.text}
                readOnly={isReadOnly}
                maxLength={500}
                onChange={(event) => onChange(updateText(all, path, event.target.value))}
              />
              {isReadOnly ? null : (
                <div className="tree-node-actions">
                  {path.length < maxTreeDepth ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => {
                        const result = addNode(all, path);
                        onChange(result.nodes, result.id);
                      }}
                    >
                      {t(`initiatives.tree.addChild_${branch}`)}
                      {context}
                    </button>
                  ) : null}
                  {canIndent(all, path) ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => onChange(indentNode(all, path), node.id)}
                    >
                      {t('initiatives.tree.indent')}
                      {context}
                    </button>
                  ) : null}
                  {path.length > 1 ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => onChange(outdentNode(all, path), node.id)}
                    >
                      {t('initiatives.tree.outdent')}
                      {context}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button button-danger-outline button-small"
                    onClick={() => onChange(removeNode(all, path))}
                  >
                    {t('initiatives.tree.remove')}
                    {context}
                  </button>
                </div>
              )}
            </div>
            <TreeLevel
              branch={branch}
              noun={noun}
              all={all}
              nodes={node.children}
              parentPath={path}
              isReadOnly={isReadOnly}
              onChange={onChange}
            />
          </li>
        );
      })}
    </ol>
  );
}
