/**
 * The public authoring surface: the only components contributed MDX may use, with the props each
 * accepts. Props are plain string literals (no {expressions}). The content check enforces this list
 * and pages pass the matching components from this folder to <Content components={…} />.
 */
export interface AllowedProp {
  required?: boolean;
  /** When set, the prop must be one of these values. */
  values?: readonly string[];
}

export interface AllowedComponent {
  description: string;
  props: Record<string, AllowedProp>;
  /** Whether the component wraps Markdown children. */
  children: boolean;
}

export const allowedComponents = {
  Callout: {
    description: 'A highlighted box: a note, a warning, or a lesson worth remembering.',
    props: { type: { values: ['note', 'warning', 'lesson'] }, title: {} },
    children: true,
  },
  KeyFigure: {
    description: 'One figure with its label, e.g. 52 municipalities.',
    props: { value: { required: true }, label: { required: true }, source: {} },
    children: false,
  },
  Quote: {
    description: 'A quotation attributed to a role (never to a private person).',
    props: { role: { required: true }, organisation: {} },
    children: true,
  },
  Figure: {
    description: 'An image kept in public/media/, with alternative text and a caption.',
    props: { src: { required: true }, alt: { required: true }, caption: {} },
    children: false,
  },
} as const satisfies Record<string, AllowedComponent>;

export type AllowedComponentName = keyof typeof allowedComponents;
