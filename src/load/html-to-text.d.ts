/** The part of html-to-text@10's API planlens uses (the package ships no types). */
declare module "html-to-text" {
  export interface HtmlToTextElement {
    readonly type: string;
    readonly name: string;
    readonly attribs: Readonly<Record<string, string>>;
    readonly children: readonly HtmlToTextElement[];
  }
  export interface HtmlToTextTableCell {
    readonly text: string;
    readonly colspan: number;
    readonly rowspan: number;
  }
  export interface HtmlToTextBuilder {
    openBlock(options?: { leadingLineBreaks?: number }): void;
    closeBlock(options?: { trailingLineBreaks?: number }): void;
    openTable(): void;
    openTableRow(): void;
    openTableCell(options?: { maxColumnWidth?: number }): void;
    closeTableCell(options?: { colspan?: number; rowspan?: number }): void;
    closeTableRow(): void;
    closeTable(options: {
      tableToString: (rows: readonly (readonly HtmlToTextTableCell[])[]) => string;
      leadingLineBreaks?: number;
      trailingLineBreaks?: number;
    }): void;
  }
  export type HtmlToTextFormatter = (
    elem: HtmlToTextElement,
    walk: (nodes: readonly HtmlToTextElement[], builder: HtmlToTextBuilder) => void,
    builder: HtmlToTextBuilder,
    formatOptions: Readonly<Record<string, unknown>>,
  ) => void;
  export interface HtmlToTextSelector {
    selector: string;
    format?: string;
    options?: Readonly<Record<string, unknown>>;
  }
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    preserveNewlines?: boolean;
    decodeEntities?: boolean;
    baseElements?: { selectors?: readonly string[]; returnDomByDefault?: boolean };
    limits?: { maxDepth?: number; maxChildNodes?: number; maxInputLength?: number; ellipsis?: string };
    formatters?: Readonly<Record<string, HtmlToTextFormatter>>;
    selectors?: readonly HtmlToTextSelector[];
  }
  export function convert(html: string, options?: HtmlToTextOptions): string;
  export function compile(options?: HtmlToTextOptions): (html: string) => string;
}
