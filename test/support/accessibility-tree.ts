// What a screen reader gets of an element: its node in Chromium's accessibility tree.
import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of the tree, as `a11ySnapshot` gives it. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  pressed?: boolean | 'mixed';
  children?: AxNode[];
}

/** The first node that passes `test`, depth first. */
export function findNode(node: AxNode, test: (node: AxNode) => boolean): AxNode | undefined {
  return test(node) ? node : node.children?.map((child) => findNode(child, test)).find(Boolean);
}

/** The first node of the role in the tree of the element `selector` names (an `#id`: the tree is the page's). */
export async function axNode(selector: string, role: string): Promise<AxNode | undefined> {
  return findNode((await a11ySnapshot({ selector })) as unknown as AxNode, (node) => node.role === role);
}
