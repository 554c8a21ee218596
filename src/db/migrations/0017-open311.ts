import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the Open311 GeoReport v2 interface (docs/open311.md).
// - open311_clients: the applications allowed to submit requests, each with its own API key (only the key's
//   SHA-256 is kept) and the 来源渠道 its tickets carry.
// - open311_service_attributes: the extra questions of a service (a category), GeoReport's "service definition".
// - open311_requests: what a client submitted beside the ticket itself (the point, the photo link, the token), so
//   that the public view can show it; the ticket is registered through the tickets module as any other.

const SEEDED_AT = '2026-12-01T00:00:00.000Z';

// The bundled code list's 路灯不亮 (030301) and 井盖缺失破损 (030302): the field crews ask for the number painted on
// the pole or the cover to find it. Other categories get questions from the administrators.
const SEEDED_ATTRIBUTES = [
  {
    category_code: '030301',
    code: 'pole_number',
    datatype: 'string',
    required: 0,
    description: '灯杆编号（灯杆上喷涂或挂牌的编号）',
    datatype_description: '如 XS-0231',
    sort_order: 1,
    values_json: '[]',
  },
  {
    category_code: '030302',
    code: 'cover_number',
    datatype: 'string',
    required: 0,
    description: '井盖编号（井盖上铸印的编号）',
    datatype_description: null,
    sort_order: 1,
    values_json: '[]',
  },
  {
    category_code: '030302',
    code: 'cover_state',
    datatype: 'singlevaluelist',
    required: 0,
    description: '井盖状况',
    datatype_description: null,
    sort_order: 2,
    values_json: JSON.stringify([
      { key: 'missing', name: '缺失' },
      { key: 'broken', name: '破损' },
      { key: 'displaced', name: '移位或松动' },
    ]),
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('open311_clients')
    .addColumn('id', 'integer', identity)
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    // one of the platform's 来源渠道 codes (CHANNELS)
    .addColumn('channel', 'varchar(16)', (c) => c.notNull())
    .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
    // the key's first characters, so that an administrator can tell keys apart without the key
    .addColumn('key_hint', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('revoked_at', 'varchar(32)')
    .addColumn('revoked_by', 'integer')
    .addColumn('last_used_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('open311_service_attributes')
    .addColumn('id', 'integer', identity)
    .addColumn('category_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    // string | number | datetime | text | singlevaluelist | multivaluelist
    .addColumn('datatype', 'varchar(16)', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('description', 'varchar(500)', (c) => c.notNull())
    .addColumn('datatype_description', 'varchar(500)')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(1))
    // JSON array of { key, name } for the list datatypes
    .addColumn('values_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('open311_service_attributes_code_uq', ['category_code', 'code'])
    .execute();
  await db
    .insertInto('open311_service_attributes')
    .values(SEEDED_ATTRIBUTES.map((row) => ({ ...row, updated_at: SEEDED_AT })))
    .execute();

  await db.schema
    .createTable('open311_requests')
    .addColumn('id', 'integer', identity)
    // GeoReport's token: given at once, names the request before (and after) its ticket exists
    .addColumn('token', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('open311_clients.id'))
    // null while the ticket is being registered
    .addColumn('ticket_id', 'integer', (c) => c.unique().references('tickets.id'))
    // the ticket's 工单编号, GeoReport's service_request_id
    .addColumn('ticket_number', 'varchar(32)')
    .addColumn('service_code', 'varchar(6)', (c) => c.notNull())
    // SHA-256 of the submitted fields: the same submission from the same client within a minute is refused
    .addColumn('request_digest', 'varchar(64)', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('long', 'double precision')
    .addColumn('address_string', 'varchar(300)')
    .addColumn('address_id', 'varchar(100)')
    .addColumn('email', 'varchar(200)')
    .addColumn('device_id', 'varchar(100)')
    .addColumn('account_id', 'varchar(100)')
    .addColumn('description', 'text')
    .addColumn('media_url', 'varchar(1000)')
    // JSON object: attribute code → value (a list for multivaluelist)
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('open311_requests_recent_idx')
    .on('open311_requests')
    .columns(['client_id', 'request_digest', 'created_at'])
    .execute();
}
