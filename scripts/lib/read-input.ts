/**
 * Inputs of the `extract` command: a saved page (.html/.htm, gzip-compressed
 * or not, in the charset it declares), a plain-text article (.txt), or `-`
 * for standard input (sniffed: markup is a page, anything else is text).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { PageDecodeError, decodePageBytes } from './decode-page.ts';

type InputKind = 'html' | 'text';

export interface LoadedInput {
  kind: InputKind;
  content: string;
}

export class InputError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-a-file' | 'unreadable' | 'binary' | 'empty' | 'corrupt-gzip' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Larger files are refused before reading: no news page is this big, and jsdom would need gigabytes. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function kindOf(name: string, content: string): InputKind {
  const extension = extname(name.replace(/\.gz$/i, '')).toLowerCase();
  if (extension === '.txt' || extension === '.text') return 'text';
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<!--|<div|<p[\s>]|<article)/i.test(content) ? 'html' : 'text';
}

function readBytes(file: string): Uint8Array {
  if (file === '-') return readFileSync(0);
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new InputError('not-a-file', `${file} is not a file.`);
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('not-found', `No such file: ${file}`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError('too-large', `${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
  try {
    return readFileSync(file);
  } catch {
    throw new InputError('unreadable', `${file} could not be read.`);
  }
}

export function readInput(file: string): LoadedInput {
  const bytes = readBytes(file);
  let content: string;
  try {
    content = decodePageBytes(bytes);
  } catch (error) {
    if (error instanceof PageDecodeError) throw new InputError(error.code, `${file === '-' ? 'Standard input' : file}: ${error.message}`);
    throw error;
  }
  if (!content.trim()) throw new InputError('empty', `${file === '-' ? 'Standard input' : file} holds only white space.`);
  return { kind: kindOf(file, content), content };
}

/** The page's own idea of its address, for saved pages run without --url. */
export function statedUrl(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const patterns = [
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i,
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i,
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i,
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(head)?.[1];
    if (match && /^https?:\/\//i.test(match)) return match.replace(/&amp;/g, '&');
  }
  return undefined;
}
