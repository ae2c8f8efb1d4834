// src/api/schema.d.ts from admin-api's OpenAPI document, written by admin-api's build (target/openapi). Without
// that document (admin-web built on its own) the committed types stay, so the panel still builds.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const document = '../admin-api/target/openapi/openapi.json';
if (existsSync(document)) {
  execFileSync('npx', ['openapi-typescript', document, '-o', 'src/api/schema.d.ts'], { stdio: 'inherit' });
} else {
  console.log(`${document} not found (build admin-api first): keeping the committed src/api/schema.d.ts`);
}
