import { describe, expect, it } from 'vitest';
import {
  camelCase,
  pascalCase,
  plural,
  safeValueName,
  singular,
  typeIdentifier,
  words,
} from '../../generator/annotate/naming/identifiers.js';

describe('annotate/naming identifiers', () => {
  it.each([
    ['thread_id', 'threadID'],
    ['admin_api_keys', 'adminAPIKeys'],
    ['api_keys', 'apiKeys'],
    ['fine_tuned_model_checkpoint', 'fineTunedModelCheckpoint'],
    ['vector-stores', 'vectorStores'],
    ['submitToolOuputsToRun', 'submitToolOuputsToRun'],
    ['list-audit-logs', 'listAuditLogs'],
    ['1-clicks', '_1Clicks'],
    ['', '_'],
  ])('camelCase(%j) = %j', (input, want) => expect(camelCase(input)).toBe(want));

  it.each([
    ['vector_stores', 'VectorStores'],
    ['api_key', 'APIKey'],
    ['runs', 'Runs'],
  ])('pascalCase(%j) = %j', (input, want) => expect(pascalCase(input)).toBe(want));

  it('custom acronyms replace the defaults', () => {
    expect(camelCase('floating_ip_id', ['IP'])).toBe('floatingIPId');
  });

  it.each([
    ['CreateChatCompletionRequest', 'CreateChatCompletionRequest'],
    ['realtimeEvent', 'RealtimeEvent'],
    ['Error-2', 'Error2'],
    ['Apps_list_response', 'AppsListResponse'],
    ['Beta_AgentTagParam', 'BetaAgentTagParam'],
    ['2fa.settings', '_2faSettings'],
  ])('typeIdentifier(%j) = %j', (input, want) => expect(typeIdentifier(input)).toBe(want));

  it.each([
    ['Runs', 'Run'],
    ['Batches', 'Batch'],
    ['Entries', 'Entry'],
    ['Status', 'Status'],
    ['Address', 'Address'],
  ])('singular(%j) = %j', (input, want) => expect(singular(input)).toBe(want));

  it.each([
    ['Run', 'Runs'],
    ['Batch', 'Batches'],
    ['Entry', 'Entries'],
    ['AssignedRoleDetails', 'AssignedRoleDetails'],
    ['Status', 'Statuses'],
  ])('plural(%j) = %j', (input, want) => expect(plural(input)).toBe(want));

  it('splits words on case changes, digits and punctuation', () => {
    expect(words('HTTPServer_v2-config')).toEqual(['HTTP', 'Server', 'v2', 'config']);
  });

  it('reserved words are not used as value names', () => {
    expect(safeValueName('class')).toBe('class_');
    expect(safeValueName('threadID')).toBe('threadID');
  });
});
