"""Many articles at once: in order, streaming, optionally on several processes.

``parse_articles`` reads an iterable of texts lazily and yields one result per
input, in input order: an ``ru_newsfacts.models.Article``, or an
``ru_newsfacts.models.ArticleError`` saying why that document gave none (it
was not a ``str``, the parser raised, or the worker process died). A bad document
therefore never loses the rest of the batch, and results stay aligned with inputs.

With ``workers > 1`` the texts go to a pool of processes in chunks; at most
``2 * workers`` chunks are in flight at any time, so memory stays bounded on an
endless iterable and results come out as soon as the chunk holding them is done.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from .article import parse_article
from .models import Article, ArticleError, Paragraph, Sentence
from .quotes import require_morph

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["DEFAULT_CHUNKSIZE", "parse_articles"]

DEFAULT_CHUNKSIZE = 16
"""Documents per task sent to a worker process when ``chunksize`` is not given."""

# A chunk also closes once it holds this many characters, so a run of huge documents
# neither sits in one worker's queue nor holds the parent's memory.
_CHUNK_CHARS = 1_000_000
# Chunks in flight per worker: one running and one queued keeps every worker busy.
_IN_FLIGHT_PER_WORKER = 2

X = TypeVar("X")
Y = TypeVar("Y")

_Indexed = tuple[int, str] | ArticleError
"""What a worker receives for one document: its index and text, or a ready error."""


def _error(index: int, error: BaseException) -> ArticleError:
    return ArticleError(index=index, error=type(error).__name__, message=str(error) or repr(error))


def _parse_indexed(item: _Indexed, morph: bool = False) -> Article | ArticleError:
    """Parse one document, turning any failure into an ArticleError (runs in the worker)."""
    if isinstance(item, ArticleError):
        return item
    index, text = item
    try:
        return parse_article(text, morph=True) if morph else parse_article(text)
    except Exception as error:  # a batch outlives any one document
        return _error(index, error)


# An Article on its way back from a worker: (index, text, paragraph and sentence offsets,
# the other fields set). Paragraphs and sentences are most of an article's objects and
# their texts repeat the article's, so they travel as offsets: a third of the bytes of a
# pickled Article, and rebuilding them here costs less than unpickling pydantic state.
_Packed = tuple[int, str, "array[int]", dict[str, Any]]
_PACKABLE = set(Paragraph.model_fields) == {"start", "stop", "text", "sentences"} and set(
    Sentence.model_fields
) == {"start", "stop", "text"}


def _pack(index: int, article: Article) -> _Packed | Article:
    if not _PACKABLE or "paragraphs" not in article.model_fields_set:
        return article
    flat = array("q")
    for paragraph in article.paragraphs:
        if type(paragraph) is not Paragraph:
            return article
        sentences = paragraph.sentences
        flat.extend((paragraph.start, paragraph.stop, len(sentences)))
        for sentence in sentences:
            if type(sentence) is not Sentence:
                return article
            flat.extend((sentence.start, sentence.stop))
    others = {name: getattr(article, name) for name in article.model_fields_set if name != "paragraphs"}
    return index, article.text, flat, others


def _unpack(packed: _Packed | Article | ArticleError) -> Article | ArticleError:
    if not isinstance(packed, tuple):
        return packed
    index, text, flat, others = packed
    try:
        paragraphs: list[Paragraph] = []
        i, n = 0, len(flat)
        while i < n:
            p_start, p_stop, count = flat[i], flat[i + 1], flat[i + 2]
            i += 3
            sentences = tuple(
                Sentence(start=flat[j], stop=flat[j + 1], text=text[flat[j] : flat[j + 1]])
                for j in range(i, i + 2 * count, 2)
            )
            i += 2 * count
            paragraphs.append(
                Paragraph(start=p_start, stop=p_stop, text=text[p_start:p_stop], sentences=sentences)
            )
        return Article(**others, paragraphs=tuple(paragraphs))
    except Exception as error:  # validation on arrival, as for any Article
        return _error(index, error)


def _parse_packed(item: _Indexed, morph: bool = False) -> _Packed | Article | ArticleError:
    """Parse one document in a worker, packing the Article for the trip back."""
    result = _parse_indexed(item, morph)
    if isinstance(result, ArticleError) or isinstance(item, ArticleError):
        return result
    return _pack(item[0], result)


def _run_chunk(function: Callable[[X], Y], chunk: list[X]) -> list[Y]:
    return [function(item) for item in chunk]


def _submit(
    pool: ProcessPoolExecutor,
    function: Callable[[X], Y],
    chunk: list[X],
    broken: type[BaseException],
) -> Future[list[Y]]:
    """Submit one chunk; on a pool already broken, a future that failed with the pool.

    A worker may die between two submissions; the pool then refuses new work at once.
    The chunk is kept in flight as failed, so the recovery below retries it like the
    others instead of the error escaping from the loop that fills the window.
    """
    try:
        return pool.submit(_run_chunk, function, chunk)
    except broken as error:
        from concurrent.futures import Future

        failed: Future[list[Y]] = Future()
        failed.set_exception(error)
        return failed


def _chunks(items: Iterable[X], chunksize: int, size: Callable[[X], int]) -> Iterator[list[X]]:
    chunk: list[X] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += size(item)
        if len(chunk) >= chunksize or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def ordered_map(
    function: Callable[[X], Y],
    items: Iterable[X],
    *,
    workers: int,
    on_failure: Callable[[X, BaseException], Y],
    chunksize: int = DEFAULT_CHUNKSIZE,
    size: Callable[[X], int] = lambda _: 0,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[Y]:
    """Apply ``function`` to each item on a pool of processes; yield results in input order.

    Reads ``items`` lazily, keeping at most ``2 * workers`` chunks in flight. A chunk
    whose task fails gives ``on_failure(item, error)`` for each of its items; when a
    worker process dies, the chunks then in flight are retried one at a time on a
    fresh pool, so only the chunk that kills a worker is lost.

    Args:
        function: A picklable function of one item (runs in the workers).
        items: Any iterable, possibly endless.
        workers: How many processes (at least 1).
        on_failure: Builds the result for an item whose chunk failed (runs here).
        chunksize: Items per task.
        size: An item's weight in characters; a chunk closes at 1,000,000.
        mp_context: A multiprocessing context; Python's default when None.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    # Imported here: process pools cost 25 ms of import time that single-process users never need.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = _IN_FLIGHT_PER_WORKER * workers
    chunks = _chunks(items, chunksize, size)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp_context)
    in_flight: deque[tuple[list[X], Future[list[Y]]]] = deque()
    try:
        while True:
            while len(in_flight) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                in_flight.append((chunk, _submit(pool, function, chunk, BrokenProcessPool)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every chunk in flight failed with the pool; find the culprit one by one.
                pool.shutdown(wait=True, cancel_futures=True)
                suspects = [chunk, *(c for c, _ in in_flight)]
                in_flight.clear()
                for suspect in suspects:
                    pool = ProcessPoolExecutor(max_workers=1, mp_context=mp_context)
                    try:
                        yield from pool.submit(_run_chunk, function, suspect).result()
                    except Exception as error:
                        yield from (on_failure(item, error) for item in suspect)
                    finally:
                        pool.shutdown(wait=True, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp_context)
                continue
            except Exception as error:  # the task itself failed, e.g. a result would not pickle
                results = [on_failure(item, error) for item in chunk]
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _indexed(texts: Iterable[object]) -> Iterator[_Indexed]:
    for index, text in enumerate(texts):
        if isinstance(text, str):
            yield index, text
        else:
            # Decided here so that unpicklable objects never travel to a worker.
            yield _error(index, TypeError(f"expected a str, got {type(text).__name__}: {text!r:.60}"))


def _indexed_size(item: _Indexed) -> int:
    return 0 if isinstance(item, ArticleError) else len(item[1])


def _failed(item: _Indexed, error: BaseException) -> _Packed | Article | ArticleError:
    if isinstance(item, ArticleError):
        return item
    from concurrent.futures.process import BrokenProcessPool  # loaded already: a pool ran

    if isinstance(error, BrokenProcessPool):
        message = "the worker process died while parsing this document's chunk"
        return ArticleError(index=item[0], error=type(error).__name__, message=message)
    return _error(item[0], error)


def parse_articles(
    texts: Iterable[object],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    mp_context: multiprocessing.context.BaseContext | None = None,
    morph: bool = False,
) -> Iterator[Article | ArticleError]:
    """Parse many articles, yielding one result per input, in input order.

    The input is read lazily and results stream out, so an endless iterable is
    fine. Each result is the ``ru_newsfacts.models.Article`` of that text, or
    an ``ru_newsfacts.models.ArticleError`` (with the input's index) when the
    item is not a ``str``, the parser raised, or a worker process died: a bad
    document never stops the batch.

    Args:
        texts: Article texts, any iterable.
        workers: Processes to use. ``None`` or ``1`` parses here, in this process;
            more start a process pool for the duration of the iteration.
        chunksize: Documents per task sent to a worker (default 16; a chunk also
            closes at one million characters).
        mp_context: A ``multiprocessing`` context (``get_context("spawn")``, ...);
            Python's default start method when None.
        morph: Parse with ``parse_article(text, morph=True)`` (the ``[morph]`` extra).

    Yields:
        An Article or an ArticleError for each input, in input order.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is less than 1.
        ImportError: ``morph=True`` and pymorphy3 is not installed (raised at the call).

    Example:
        >>> results = list(parse_articles(["Первая новость.", 42]))
        >>> type(results[0]).__name__, results[1].error
        ('Article', 'TypeError')
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if morph:
        require_morph()
    return _parse_articles(texts, workers or 1, chunksize or DEFAULT_CHUNKSIZE, mp_context, morph)


def _parse_articles(
    texts: Iterable[object],
    workers: int,
    chunksize: int,
    mp_context: multiprocessing.context.BaseContext | None,
    morph: bool = False,
) -> Iterator[Article | ArticleError]:
    if workers == 1:
        yield from map(partial(_parse_indexed, morph=morph) if morph else _parse_indexed, _indexed(texts))
        return
    packed = ordered_map(
        # A partial of a module-level function pickles: the workers get the flag with each chunk.
        partial(_parse_packed, morph=True) if morph else _parse_packed,
        _indexed(texts),
        workers=workers,
        on_failure=_failed,
        chunksize=chunksize,
        size=_indexed_size,
        mp_context=mp_context,
    )
    yield from map(_unpack, packed)
