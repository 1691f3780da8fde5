import { createCommand, decodeJson, defineOperation, int, list } from '@skiff/core';
import * as z from 'zod/mini';
import { ContainerNotFoundException, InternalServerError } from '../errors.js';
import { ItemShape, folderPath, type Item } from '../shapes.js';

/** seed-decisions "ListItems parameters": 000 says "requires", 002 marks none required: all optional. */
export interface ListItemsInput {
  /** The folder to list (0..900 characters, optional leading `/`); the container root by default. */
  Path?: string;
  /** 1..1000 items per page (the service's default is 1000). */
  MaxResults?: number;
  /** From the previous page's NextToken (tokens expire after 15 minutes). */
  NextToken?: string;
}

export interface ListItemsOutput {
  Items?: Item[];
  NextToken?: string;
}

/** 000 ListItems: `GET /?Path=&MaxResults=&NextToken=`, the folders and objects in a folder. */
export const ListItems = /* @__PURE__ */ defineOperation<ListItemsInput, ListItemsOutput>({
  name: 'ListItems',
  input: () => ({
    Path: z.optional(folderPath()),
    MaxResults: z.optional(int({ min: 1, max: 1000 })),
    // 000 documents no length or pattern for NextToken: it is an opaque string.
    NextToken: z.optional(z.string()),
  }),
  http: { method: 'GET', path: '/' },
  bindings: {
    Path: { in: 'query', name: 'Path' },
    MaxResults: { in: 'query', name: 'MaxResults' },
    NextToken: { in: 'query', name: 'NextToken' },
  },
  output: { Items: /* @__PURE__ */ list(ItemShape) },
  decodeJson,
  errors: [ContainerNotFoundException, InternalServerError],
});
export const ListItemsCommand = /* @__PURE__ */ createCommand(ListItems);
export type ListItemsCommand = InstanceType<typeof ListItemsCommand>;
