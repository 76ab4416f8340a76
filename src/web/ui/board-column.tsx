import { type DragEvent, type ReactNode, useState } from 'react';

type BoardColumnProps<TItem extends { id: string }> = {
  stage: string;
  /** The heading's id, which names the column for screen readers. */
  headingId: string;
  title: string;
  items: TItem[];
  emptyText: string;
  /** Whether cards may be dropped here. */
  canMove: boolean;
  /** A card was dropped on this column: the id its drag carried. */
  onDropItem: (id: string) => void;
  renderCard: (item: TItem) => ReactNode;
};

/** One column of a stage board: its heading with the count, its cards, and a drop target for dragged cards. */
export function BoardColumn<TItem extends { id: string }>(props: BoardColumnProps<TItem>) {
  const { stage, headingId, title, items, emptyText, canMove, onDropItem, renderCard } = props;
  const [isOver, setIsOver] = useState(false);
  const allowDrop = (event: DragEvent) => {
    if (!canMove) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setIsOver(true);
  };
  return (
    <section
      className={`board-column ${isOver ? 'is-drop-target' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsOver(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id) onDropItem(id);
      }}
    >
      <h2 id={headingId} className="board-column-title">
        {title} <span className="board-column-count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted board-column-empty">{emptyText}</p>
      ) : (
        <ul className="board-cards">
          {items.map((item) => (
            <li key={item.id}>{renderCard(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
