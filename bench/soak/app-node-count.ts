/**
 * How many DOM nodes the app holds, counted over CDP: the soak's check that every screen
 * unmounts cleanly.
 */
import type { CDPSession } from 'playwright-core';
import { z } from 'zod';

/** A node as CDP's DOM domain describes it, with the subtrees a node count must walk. */
interface CdpTreeNode {
  readonly children?: readonly CdpTreeNode[];
  readonly shadowRoots?: readonly CdpTreeNode[];
  readonly contentDocument?: CdpTreeNode;
}
const cdpTreeNode: z.ZodType<CdpTreeNode> = z.lazy(() =>
  z.object({
    children: z.array(cdpTreeNode).optional(),
    shadowRoots: z.array(cdpTreeNode).optional(),
    contentDocument: cdpTreeNode.optional(),
  }),
);
const cdpDocument = z.object({ root: cdpTreeNode });
const cdpDetachedNodes = z.object({ detachedNodes: z.array(z.object({ treeNode: cdpTreeNode })) });

function countTreeNodes(node: CdpTreeNode): number {
  const subtrees = [...(node.children ?? []), ...(node.shadowRoots ?? []), node.contentDocument];
  return subtrees.reduce((count, subtree) => count + (subtree ? countTreeNodes(subtree) : 0), 1);
}

/**
 * The nodes the app is answerable for: those in the live document (shadow roots included) and
 * those in detached trees something still holds (a leaked screen). Memory.getDOMCounters counts
 * more: it also counts the Attr nodes Playwright's injected script makes when it previews an
 * element for its action log, which stay with long-lived elements (<html>, the app's root) for
 * good. The DOM domain is on only while counting, so its node ids hold nothing between samples.
 */
export async function countAppNodes(cdp: CDPSession): Promise<{ documentNodes: number; detachedNodes: number }> {
  await cdp.send('DOM.enable');
  try {
    const document = cdpDocument.parse(await cdp.send('DOM.getDocument', { depth: -1, pierce: true }));
    const detached = cdpDetachedNodes.parse(await cdp.send('DOM.getDetachedDomNodes'));
    return {
      documentNodes: countTreeNodes(document.root),
      detachedNodes: detached.detachedNodes.reduce((count, tree) => count + countTreeNodes(tree.treeNode), 0),
    };
  } finally {
    await cdp.send('DOM.disable');
  }
}
