import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOwnComment } from '../../../shared/review/ownership';
import { commentId, commentTime, openCount, targetKey, type Thread } from '../../../shared/review/threads';
import { createFormatter, formatLanguage } from '../../../shared/format';
import type { Row } from '../../../shared/schema/tables';
import { useServices } from '../../app/ServicesContext';
import { formatDateTime } from './date-time';
import {
  commentEdits,
  deleteEdit,
  resolveEdits,
  rewordEdit,
  type CommentTarget,
} from '../../../shared/review/comment-edits';
import { useAuthor } from './useAuthor';
import { useReviewer } from './useReviewer';
import { useThreads } from './useThreads';
import './review.css';

interface CommentThreadsProps {
  target: CommentTarget;
  targetId: string;
  /** Heading of the block; none when the surrounding panel names it. */
  title?: string;
  /** Tighter layout for side panels. */
  compact?: boolean;
  /** Beside the heading, e.g. a way to the place commented on. */
  actions?: ReactNode;
}

/**
 * The comment threads on one journey, stage, touchpoint or message: read,
 * reply, resolve, reopen, and start a new thread. Viewers can do all of it.
 * One's own comments (all of them, for a workspace admin) can be reworded and
 * deleted; others' comments show no such controls (review data is owned).
 */
export function CommentThreads({ target, targetId, title, compact = false, actions }: CommentThreadsProps) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const threads = useThreads().get(targetKey(target, targetId)) ?? [];
  const author = useAuthor();
  const [showResolved, setShowResolved] = useState(false);
  const open = threads.filter((th) => !th.root.resolved);
  const resolved = threads.filter((th) => th.root.resolved);
  const headingId = useId();

  const post = (body: string, parentId: string | null): Promise<boolean> =>
    new Promise((resolve) =>
      author.signed(
        (name) =>
          void commands
            .apply(
              parentId ? 'replyComment' : 'addComment',
              commentEdits(commentId(Date.now()), target, targetId, parentId, name, body),
            )
            .then(resolve),
      ),
    );

  return (
    <section className={`comment-threads${compact ? ' compact' : ''}`} aria-labelledby={headingId}>
      <div className="comment-threads-head">
        <h3 id={headingId}>{title ?? t('review.comments.title')}</h3>
        <span className={`badge${open.length === 0 ? ' quiet' : ''}`}>
          {t('review.comments.open', { count: openCount(threads) })}
        </span>
        {actions}
      </div>
      {threads.length === 0 ? <p className="muted">{t('review.comments.none')}</p> : null}
      {open.map((th) => (
        <ThreadView key={th.root.id} thread={th} onReply={(body) => post(body, th.root.id)} signer={author} />
      ))}
      {resolved.length > 0 ? (
        <button
          type="button"
          className="button ghost small"
          aria-expanded={showResolved}
          onClick={() => setShowResolved(!showResolved)}
        >
          {showResolved
            ? t('review.comments.hideResolved')
            : t('review.comments.showResolved', { count: resolved.length })}
        </button>
      ) : null}
      {showResolved
        ? resolved.map((th) => (
            <ThreadView key={th.root.id} thread={th} onReply={(body) => post(body, th.root.id)} signer={author} />
          ))
        : null}
      <CommentForm
        label={t('review.comments.newLabel')}
        placeholder={t('review.comments.newPlaceholder')}
        submit={t('review.comments.add')}
        onSubmit={(body) => post(body, null)}
      />
      {author.dialog}
    </section>
  );
}

function ThreadView({
  thread,
  onReply,
  signer,
}: {
  thread: Thread;
  onReply: (body: string) => Promise<boolean>;
  signer: ReturnType<typeof useAuthor>;
}) {
  const { t, i18n } = useTranslation();
  const { commands } = useServices();
  const [replying, setReplying] = useState(false);
  const { root } = thread;
  const rootAuthor = root.author || t('review.comments.anonymous');
  const resolve = () =>
    signer.signed(
      (name) =>
        void commands.apply(
          root.resolved ? 'reopenComment' : 'resolveComment',
          resolveEdits(root.id, !root.resolved, name, new Date().toISOString()),
        ),
    );
  return (
    <article
      className={`comment-thread${root.resolved ? ' resolved' : ''}`}
      aria-label={t('review.comments.threadLabel', { author: rootAuthor })}
    >
      <CommentBody comment={root} />
      {thread.replies.length > 0 ? (
        <ol className="comment-replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBody comment={r} />
            </li>
          ))}
        </ol>
      ) : null}
      {replying ? (
        <CommentForm
          label={t('review.comments.replyLabel', { author: rootAuthor })}
          submit={t('review.comments.sendReply')}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            const ok = await onReply(body);
            if (ok) setReplying(false);
            return ok;
          }}
        />
      ) : (
        <div className="comment-actions">
          {root.resolved ? (
            <span className="comment-resolved">
              {root.resolved_by
                ? root.resolved_at
                  ? t('review.comments.resolvedBy', {
                      name: root.resolved_by,
                      date: formatDateTime(root.resolved_at, i18n.language),
                    })
                  : t('review.comments.resolvedByName', { name: root.resolved_by })
                : t('review.comments.resolved')}
            </span>
          ) : null}
          <button type="button" className="button ghost small" onClick={() => setReplying(true)}>
            {t('review.comments.reply')}
          </button>
          <button type="button" className="button ghost small" onClick={resolve}>
            {root.resolved ? t('review.comments.reopen') : t('review.comments.resolve')}
          </button>
        </div>
      )}
    </article>
  );
}

function CommentBody({ comment }: { comment: Row<'comments'> }) {
  const { t, i18n } = useTranslation();
  const { commands } = useServices();
  const { me, admin } = useReviewer();
  const [editing, setEditing] = useState(false);
  const at = commentTime(comment.id);
  const author = comment.author || t('review.comments.anonymous');
  const mayChange = admin || isOwnComment(comment, me);
  return (
    <div className="comment">
      <div className="comment-meta">
        <strong>{author}</strong>
        {at !== null ? (
          <time dateTime={new Date(at).toISOString()}>
            {createFormatter(formatLanguage(i18n.language)).dateTime(at)}
          </time>
        ) : null}
        {mayChange && !editing ? (
          <span className="comment-own-actions">
            <button
              type="button"
              className="button ghost small"
              aria-label={t('review.comments.editLabel', { author })}
              onClick={() => setEditing(true)}
            >
              {t('review.comments.edit')}
            </button>
            <button
              type="button"
              className="button ghost small"
              aria-label={t('review.comments.deleteLabel', { author })}
              onClick={() => void commands.apply('deleteComment', [deleteEdit(comment.id)])}
            >
              {t('review.comments.delete')}
            </button>
          </span>
        ) : null}
      </div>
      {editing ? (
        <CommentForm
          label={t('review.comments.editLabel', { author })}
          submit={t('review.comments.save')}
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const ok = await commands.apply('editComment', [rewordEdit(comment.id, body)]);
            if (ok) setEditing(false);
            return ok;
          }}
        />
      ) : (
        <p className="comment-text">{comment.body}</p>
      )}
    </div>
  );
}

interface CommentFormProps {
  label: string;
  submit: string;
  /** Text to start from (rewording a comment). */
  initial?: string;
  placeholder?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
}

function CommentForm({ label, submit, initial = '', placeholder, autoFocus, onSubmit, onCancel }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(initial);
  const send = async (e?: FormEvent) => {
    e?.preventDefault();
    if (body.trim() === '') return;
    if (await onSubmit(body)) setBody('');
  };
  return (
    <form className="comment-form" onSubmit={(e) => void send(e)}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        rows={2}
        maxLength={5000}
        placeholder={placeholder ?? label}
        autoFocus={autoFocus}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter sends, like most comment boxes; Escape leaves a reply.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send();
          if (e.key === 'Escape' && onCancel) {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="comment-form-actions">
        {onCancel ? (
          <button type="button" className="button ghost small" onClick={onCancel}>
            {t('review.comments.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button small primary" disabled={body.trim() === ''}>
          {submit}
        </button>
      </div>
    </form>
  );
}
