import { createPaginator } from '@skiff/core';
import { ListContainersCommand } from './operations/listContainers.js';

/**
 * Pages through ListContainers (001 § Paginators). `pageSize` becomes MaxResults (1..100);
 * without it the service answers all containers in one page.
 */
export const paginateListContainers = /* @__PURE__ */ createPaginator(ListContainersCommand, {
  inputToken: 'NextToken',
  items: 'Containers',
  pageSize: 'MaxResults',
  nextToken: (out) => out.NextToken || undefined,
});
