/**
 * The explanation's closing list of authorities (依据 / Authority): each clause cited, named by its
 * source's short title in the reader's language and the article it is, both taken from the catalogue
 * (the source's `titleZh` / `titleEn`, the article from the clause id), never written here.
 */
import type { ClauseEntry, SourceEntry } from "../policy/catalogue-types.js";
import type { Language } from "../rules/messages.js";
import { chineseNumeral } from "../rules/text/zh-CN.js";

/** One part of a clause id after the source (`art-12`, `para-2`, `item-5`, `1-4`, `2`) in words; a named section (`five-categories`) has none. */
function partLabel(segment: string, lang: Language): string | undefined {
  const numbered = /^(art|para|item)-(\d+)$/.exec(segment);
  if (numbered !== null) {
    const n = Number(numbered[2]);
    if (lang === "zh-CN") return `第${chineseNumeral(n)}${numbered[1] === "art" ? "条" : numbered[1] === "para" ? "款" : "项"}`;
    return numbered[1] === "art" ? `art. ${n}` : numbered[1] === "para" ? `para. ${n}` : `item ${n}`;
  }
  // Instruments without articles are cited by part and item: `1-4` is part 一, item (四); `2` is part 二.
  const partItem = /^(\d+)-(\d+)$/.exec(segment);
  if (partItem !== null) {
    const [part, item] = [Number(partItem[1]), Number(partItem[2])];
    return lang === "zh-CN" ? `第${chineseNumeral(part)}部分第${chineseNumeral(item)}项` : `part ${part}, item ${item}`;
  }
  if (/^\d+$/.test(segment)) return lang === "zh-CN" ? `第${chineseNumeral(Number(segment))}部分` : `part ${segment}`;
  return undefined;
}

/** Where in its instrument a clause is, from its id: `saim/art-12/para-2` → 第十二条第二款 / art. 12, para. 2; "" for a named section. */
export function articleLabel(clauseId: string, lang: Language): string {
  const parts = clauseId
    .split("/")
    .slice(1)
    .map((segment) => partLabel(segment, lang));
  if (parts.some((part) => part === undefined)) return "";
  return parts.join(lang === "zh-CN" ? "" : ", ");
}

/** A clause's short heading: its source's title in this language and its article (《社会救助暂行办法》第九条 / Interim Measures for Social Assistance, art. 9). */
export function clauseTitle(clause: ClauseEntry, source: SourceEntry | undefined, lang: Language): string {
  const title = source === undefined ? "" : lang === "zh-CN" ? source.titleZh : source.titleEn;
  const article = articleLabel(clause.id, lang);
  if (article === "") return title;
  if (title === "") return article;
  return lang === "zh-CN" ? `${title}${article}` : `${title}, ${article}`;
}
