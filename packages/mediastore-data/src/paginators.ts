import { createPaginator } from '@skiff/core';
import { ListItemsCommand } from './operations/listItems.js';

/**
 * 002 ListItems paginator: `pageSize` sets MaxResults (1..1000), `maxItems` caps the items
 * across pages, and a page's `resumeToken` (given as `startingToken`) resumes right after it.
 */
export const paginateListItems = /* @__PURE__ */ createPaginator(ListItemsCommand, {
  inputToken: 'NextToken',
  items: 'Items',
  pageSize: 'MaxResults',
  nextToken: (out) => out.NextToken || undefined,
});
