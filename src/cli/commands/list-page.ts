import type { CommandContext } from '../context.ts';
import { pagingFooter, timesNote } from '../output/format.ts';
import { renderTable, type Column } from '../output/table.ts';

// A page of a list, the same for both command sets: the paging flags as the client takes them, and what a
// terminal shows of the page.

interface PageFlags {
  page: number;
  'page-size': number;
}

/** The paging flags as the client takes them. */
export const pageOf = (flags: PageFlags) => ({ page: flags.page, pageSize: flags['page-size'] });

/**
 * A `show` for a page of a list: the rows as a table (nothing for an empty page), a note under it (the
 * time zone of its times), and the paging footer.
 */
export const showPage =
  <T>(columns: (context: CommandContext) => Column<T>[], noun: string, timed = false) =>
  (context: CommandContext, result: { List: readonly T[]; Total: number }, flags: PageFlags): void => {
    if (result.List.length > 0) {
      context.print(renderTable(columns(context), result.List));
      if (timed) context.print(timesNote(context.timeZone, context.now()));
    }
    context.print(pagingFooter(result.List.length, result.Total, flags.page, flags['page-size'], noun));
  };
