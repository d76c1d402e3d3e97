// The columns every kind's certificate table has (vol_certificates, tb_certificates): each domain's schema names its
// table with this type, and issuing writes these columns (`NewCertificate`).
import type { Generated } from 'kysely';

export interface CertificateTable {
  id: Generated<number>;
  /** "ZY20261203-7KQ2MX", "SJ…": unique. */
  number: string;
  person_id: number;
  from_day: string;
  to_day: string;
  minutes: number;
  /** SHA-256 over the movements the certificate counted: any later movement in the period changes it. */
  fingerprint: string;
  content_json: string;
  issuer_json: string;
  revoked_at: string | null;
  created_at: string;
}

/** What issuing writes: every column but the id. */
export type NewCertificate = Omit<CertificateTable, 'id' | 'revoked_at'> & { revoked_at: null };
