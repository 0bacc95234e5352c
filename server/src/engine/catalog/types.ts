// Catalog entries as stored in schemas/catalogs/*.yaml and .briefing/catalog.yaml.

export type Confidence = 'C' | 'S' | 'X' | 'I' | 'U';

interface Sourced {
  sources?: string[];
  confidence?: Confidence;
  note?: string;
}

export interface RankEntry extends Sourced {
  name: string;
  order: number;
  /** Minimum years in this rank before promotion to the next (Luật CAND 2018 Điều 22 khoản 3). */
  min_years?: number;
  tier: string;
  english?: string;
  tracks?: string[];
  aliases?: string[];
}

export interface ForceEntry extends Sourced {
  id: string;
  name: string;
  aliases?: string[];
  ranks: RankEntry[];
}

export interface PositionEntry extends Sourced {
  title: string;
  aliases?: string[];
  kind?: 'state' | 'party' | 'unit-head' | 'government' | string;
  /** For unit heads: the word(s) written before the unit name (default: the title). */
  head_word?: string;
  unit_kinds?: string[];
  ceiling?: string;
  ceiling_basis?: string;
  valid_from?: string;
  valid_to?: string;
}

export interface UnitEntry extends Sourced {
  name: string;
  aliases?: string[];
  code?: string;
  code_confidence?: Confidence;
  kind?: string;
  /** The force of the unit's people when a record gives none (decides the rank ladder). */
  force?: string;
  parent?: string;
  valid_from?: string;
  valid_to?: string;
  successor?: string;
  successor_confidence?: Confidence;
  head_title?: string;
  head_ceiling?: string;
}

export interface UnitFamily extends Sourced {
  prefix: string;
  kind?: string;
  force?: string;
  head_ceiling?: string;
  valid_from?: string;
  valid_to?: string;
}

export interface MeasureEntry extends Sourced {
  name: string;
  aliases?: string[];
  count?: boolean;
  percent?: boolean;
  quantity?: string;
  english?: string;
}

export interface SourceEntry {
  id: string;
  title?: string;
  where?: string;
}

export interface CatalogData {
  sources?: SourceEntry[];
  forces?: ForceEntry[];
  positions?: PositionEntry[];
  units?: UnitEntry[];
  unit_families?: UnitFamily[];
  measures?: MeasureEntry[];
}
