/**
 * <contribute-form>: the guided form's island. Reads the answers, keeps them as a draft in
 * localStorage, writes the entry file(s) and validates them with src/contribute/contribute-form.ts (the
 * content schema, bundled by Vite), shows each error next to its field in the reader's language,
 * and offers the three ways to send the result. Nothing leaves the browser until the reader follows
 * one of those links.
 */
import './zod-jitless.ts'; // first: before the schema modules below are evaluated
import { downloadFile } from './download.ts';
import { fillTemplate } from '../i18n/template.ts';
import { foldLetters } from '../lib/letters.ts';
import type { ContentLanguage } from '../schema/vocabulary.ts';
import {
  emptyProposal,
  mailtoLink,
  proposalFiles,
  proposalIssueLink,
  proposalKinds,
  pullRequestLinks,
  validateProposal,
  type FieldError,
  type KnownIds,
  type Proposal,
  type ProposalFile,
  type ProposalKind,
  type Templates,
} from '../contribute/contribute-form.ts';

export interface ContributeFormConfig {
  locale: ContentLanguage;
  templates: Templates;
  known: KnownIds;
  repository: string;
  branch: string;
  contentDir: string;
  email: string;
  words: Record<string, string>;
}

const DRAFT_KEY = 'commons.contribute.draft';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function download(text: string, name: string): void {
  downloadFile(text, 'text/plain;charset=utf-8', name);
}

class ContributeForm extends HTMLElement {
  #config?: ContributeFormConfig;
  #form?: HTMLFormElement;

  connectedCallback(): void {
    if (this.#config) return;
    try {
      this.#config = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '') as ContributeFormConfig;
    } catch {
      return;
    }
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    if (!form) return;
    this.#form = form;
    this.hidden = false;
    this.#restore();
    this.#showKind();
    this.#form.addEventListener('input', () => this.#save());
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'kind') this.#showKind();
      if (target.name === 'orgNotListed') this.#showNewOrg();
      this.#save();
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#check();
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      localStorage.removeItem(DRAFT_KEY);
      this.#form!.reset();
      this.#clearErrors();
      this.querySelector<HTMLElement>('[data-result]')!.hidden = true;
      this.#showKind();
      this.#showNewOrg();
    });
    for (const filter of this.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      filter.addEventListener('input', () => this.#filter(filter));
    }
  }

  #word(key: string, values?: Record<string, string | number>): string {
    const template = this.#config!.words[key] ?? key;
    return values ? fillTemplate(template, values) : template;
  }

  #value(name: string): string {
    const field = this.#form!.elements.namedItem(name) as { value?: unknown } | null;
    return typeof field?.value === 'string' ? field.value : '';
  }

  #checked(name: string): string[] {
    return [...this.#form!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  }

  #kind(): ProposalKind {
    const kind = this.#checked('kind')[0];
    return (proposalKinds as readonly string[]).includes(kind ?? '') ? (kind as ProposalKind) : 'cases';
  }

  #proposal(): Proposal {
    const kind = this.#kind();
    const proposal = emptyProposal(kind, (this.#value('language') || this.#config!.locale) as ContentLanguage);
    const sections: Record<string, string> = {};
    for (const area of this.#form!.querySelectorAll<HTMLTextAreaElement>('textarea[name^="section."]')) {
      if (area.closest<HTMLElement>('[data-kinds]')?.dataset['kinds']?.split(' ').includes(kind)) sections[area.name.slice('section.'.length)] = area.value;
    }
    const orgNotListed = this.#form!.querySelector<HTMLInputElement>('[data-org-toggle]')?.checked ?? false;
    return {
      ...proposal,
      title: this.#value('title'),
      summary: this.#value('summary'),
      topics: this.#checked('topics'),
      countries: this.#checked('countries'),
      organisations: kind === 'methods' ? [] : this.#checked('organisations'),
      newOrganisation: orgNotListed && kind !== 'methods' ? { name: this.#value('orgName'), type: this.#value('orgType'), country: this.#value('orgCountry') } : undefined,
      place: this.#value('place'),
      start: this.#value('start'),
      end: this.#value('end'),
      stage: this.#value('stage'),
      outcome: this.#value('outcome'),
      stopReason: this.#value('stopReason'),
      stopNote: this.#value('stopNote'),
      eventType: this.#value('eventType'),
      city: this.#value('city'),
      online: this.#form!.querySelector<HTMLInputElement>('input[name="online"]')?.checked ?? false,
      sections,
    };
  }

  #save(): void {
    const draft: Record<string, string | string[] | boolean> = {};
    for (const element of this.#form!.elements) {
      const input = element as HTMLInputElement;
      if (!input.name) continue;
      if (input.type === 'checkbox') {
        if (input.name === 'orgNotListed' || input.name === 'online') draft[input.name] = input.checked;
        else if (input.checked) draft[input.name] = [...((draft[input.name] as string[] | undefined) ?? []), input.value];
      } else if (input.type === 'radio') {
        if (input.checked) draft[input.name] = input.value;
      } else {
        draft[input.name] = input.value;
      }
    }
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the form still works, only the draft is not kept.
    }
  }

  #restore(): void {
    let draft: Record<string, unknown>;
    try {
      draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, unknown>;
    } catch {
      return;
    }
    for (const element of this.#form!.elements) {
      const input = element as HTMLInputElement;
      if (!input.name || !(input.name in draft)) continue;
      const value = draft[input.name];
      if (input.type === 'checkbox') input.checked = Array.isArray(value) ? value.includes(input.value) : value === true;
      else if (input.type === 'radio') input.checked = value === input.value;
      else if (typeof value === 'string') input.value = value;
    }
    this.#showNewOrg();
  }

  #showKind(): void {
    const kind = this.#kind();
    for (const field of this.querySelectorAll<HTMLElement>('[data-kinds]')) {
      field.hidden = !(field.dataset['kinds'] ?? '').split(' ').includes(kind);
    }
  }

  #showNewOrg(): void {
    const on = this.#form!.querySelector<HTMLInputElement>('[data-org-toggle]')?.checked ?? false;
    this.querySelector<HTMLElement>('[data-new-org]')!.hidden = !on;
  }

  #filter(filter: HTMLInputElement): void {
    const needle = foldLetters(filter.value.trim());
    const list = this.querySelector(`[data-choices="${filter.dataset['filter']}"]`);
    for (const item of list?.querySelectorAll<HTMLElement>('li') ?? []) {
      const checked = item.querySelector<HTMLInputElement>('input')?.checked ?? false;
      const haystack = foldLetters(`${item.textContent ?? ''} ${item.dataset['terms'] ?? ''}`);
      item.hidden = Boolean(needle) && !checked && !haystack.includes(needle);
    }
  }

  #clearErrors(): void {
    for (const slot of this.querySelectorAll<HTMLElement>('[data-error-for]')) slot.replaceChildren();
    for (const field of this.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    this.querySelector<HTMLElement>('[data-error-summary]')!.hidden = true;
  }

  #showErrors(errors: readonly FieldError[]): void {
    const summary = this.querySelector<HTMLElement>('[data-error-summary]')!;
    const list = summary.querySelector('[data-error-list]')!;
    list.replaceChildren();
    for (const error of errors) {
      const slot = this.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(error.field)}"]`);
      const message = this.#word(`error.${error.code}`, error.values);
      if (slot) {
        const detail = document.createElement('small');
        detail.lang = 'en';
        detail.textContent = `${this.#config!.words['checkSays'] ?? ''} ${error.detail}`;
        slot.replaceChildren(document.createTextNode(message), detail);
        const control = slot.closest('[data-field]')?.querySelector<HTMLElement>('input:not([type="search"]), select, textarea');
        control?.setAttribute('aria-invalid', 'true');
      }
      const item = document.createElement('li');
      const link = document.createElement('a');
      const label = slot?.closest('[data-field]')?.querySelector('label, legend')?.textContent?.trim() ?? error.field;
      link.href = `#${slot?.id ?? ''}`;
      link.textContent = `${label}: ${message}`;
      item.append(link);
      list.append(item);
    }
    summary.querySelector('[data-error-count]')!.textContent = this.#word('errorSummary', { count: errors.length });
    summary.hidden = false;
    summary.focus();
  }

  #check(): void {
    const config = this.#config!;
    this.#clearErrors();
    const proposal = this.#proposal();
    const files = proposalFiles(proposal, config.templates, config.known, today());
    const errors = validateProposal(proposal, files);
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    if (errors.length > 0) {
      result.hidden = true;
      this.#showErrors(errors);
      return;
    }
    this.#showResult(proposal, files);
    result.hidden = false;
    result.querySelector<HTMLElement>('h2')?.focus();
  }

  #showResult(proposal: Proposal, files: readonly ProposalFile[]): void {
    const config = this.#config!;
    const send = this.querySelector('[data-send]')!;
    send.replaceChildren();
    const item = (href: string, text: string, note?: string, attrs: Record<string, string> = {}) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      for (const [key, value] of Object.entries(attrs)) a.setAttribute(key, value);
      li.append(a);
      if (note) {
        const p = document.createElement('p');
        p.textContent = note;
        li.append(p);
      }
      send.append(li);
      return li;
    };
    const subject = `${proposal.kind === 'cases' ? 'Case' : proposal.kind === 'methods' ? 'Method' : 'Event'}: ${proposal.title.trim()}`;
    const mail = mailtoLink(config.email, subject, files, this.#word('attachNote'));
    item(mail.href, this.#word('sendEmail'), mail.complete ? undefined : this.#word('mailTooLong'), { 'data-send': 'email' });
    const issue = proposalIssueLink(proposal, files, config.repository);
    item(issue.href, this.#word('sendIssue'), issue.complete ? undefined : this.#word('issueTooLong'), { 'data-send': 'issue' });
    const prs = pullRequestLinks(files, { repository: config.repository, branch: config.branch, contentDir: config.contentDir });
    const prItem = document.createElement('li');
    const heading = document.createElement('p');
    heading.textContent = this.#word('sendPr');
    const prList = document.createElement('ol');
    prs.forEach((pr, index) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = pr.href;
      a.dataset['send'] = 'pr';
      a.textContent = this.#word('prFile', { n: index + 1, path: pr.path });
      li.append(a);
      prList.append(li);
    });
    prItem.append(heading, prList);
    if (prs.length > 1) {
      const note = document.createElement('p');
      note.textContent = this.#word('prTwoFiles');
      prItem.append(note);
    }
    send.append(prItem);

    const holder = this.querySelector('[data-files]')!;
    holder.replaceChildren();
    for (const file of files) {
      const name = file.path.split('/').pop()!;
      const h4 = document.createElement('h4');
      h4.textContent = file.path;
      const pre = document.createElement('pre');
      pre.dataset['file'] = file.path;
      pre.tabIndex = 0;
      pre.textContent = file.text;
      const actions = document.createElement('p');
      const get = document.createElement('button');
      get.type = 'button';
      get.textContent = this.#word('download', { name });
      get.addEventListener('click', () => download(file.text, name));
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = this.#word('copy');
      const status = document.createElement('span');
      status.setAttribute('role', 'status');
      copy.addEventListener('click', () => {
        void navigator.clipboard?.writeText(file.text).then(() => {
          status.textContent = ` ${this.#word('copied')}`;
        });
      });
      actions.append(get, document.createTextNode(' '), copy, status);
      holder.append(h4, actions, pre);
    }
  }
}

customElements.define('contribute-form', ContributeForm);
