// The domain's own tables. The interface joins Schema through the declaration at the end; TEMPLATE_TABLES lists
// them for clearAll, children first.
import type { Generated } from 'kysely';

export interface TemplateNotesTable {
  id: Generated<number>;
  person_id: number;
  text: string;
  created_at: string;
}

export interface TemplateTables {
  template_notes: TemplateNotesTable;
}

export const TEMPLATE_TABLES = ['template_notes'] as const;

// This domain's tables are part of Schema wherever the folder is: no shared list to forget.
declare module '../../data/schema' {
  interface Schema extends TemplateTables {}
}
