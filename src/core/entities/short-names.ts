// Short forms of first names: "Dan" is Daniel, "Tom" is Thomas, "Liz" is Elizabeth. A first name
// alone that is the short form of one person's named in full is that person ("Dan was my world"
// after "Daniel Vell").
import { isFirstName } from '../lexicon/lexicon';

/** Short forms that are no prefix of the name, English usage: "Thomas" -> "Tom". */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  Thomas: ['Tom', 'Tommy'], James: ['Jim', 'Jimmy', 'Jamie'], William: ['Bill', 'Billy', 'Will', 'Liam'], Robert: ['Bob', 'Bobby', 'Robbie'],
  Michael: ['Mike', 'Mick', 'Mikey'], Elizabeth: ['Liz', 'Lizzie', 'Beth', 'Betty', 'Libby'], Katherine: ['Kate', 'Katie', 'Kathy'],
  Catherine: ['Kate', 'Katie', 'Cathy'], Richard: ['Dick', 'Rick', 'Ricky', 'Richie'], John: ['Jack', 'Johnny'], Margaret: ['Peggy', 'Maggie', 'Meg'],
  Edward: ['Ted', 'Teddy', 'Eddie', 'Ned'], Henry: ['Harry', 'Hank'], Andrew: ['Andy', 'Drew'], Anthony: ['Tony'], Lawrence: ['Larry'],
  Charles: ['Charlie', 'Chuck'], David: ['Dave', 'Davy'], Stephen: ['Steve'], Joseph: ['Joe', 'Joey'], Susan: ['Sue', 'Susie'],
  Jennifer: ['Jenny', 'Jen'], Peter: ['Pete'], Philip: ['Phil'], Nicholas: ['Nick', 'Nicky'], Rebecca: ['Becky'], Victoria: ['Vicky'],
  Deborah: ['Debbie', 'Deb'], Daniel: ['Danny'], Amanda: ['Mandy'], Terence: ['Terry'], Francis: ['Frank', 'Frankie'], Gerald: ['Gerry'],
};

/** The short forms of a full first name: its prefixes of three letters or more that are first names themselves ("Dan", "Chris"), and the usual irregular ones. */
export function shortForms(first: string): readonly string[] {
  const known = SHORT_FORMS.get(first);
  if (known) return known;
  const out: string[] = [...(IRREGULAR[first] ?? [])];
  for (let k = 3; k <= first.length - 2; k++) {
    const p = first.slice(0, k);
    if (isFirstName(p)) out.push(p);
  }
  // (Worked out once a name: the same first names come back article after article.)
  if (SHORT_FORMS.size >= SHORT_FORMS_KEPT) SHORT_FORMS.clear();
  SHORT_FORMS.set(first, out);
  return out;
}

/** The short forms of the first names met so far, at most SHORT_FORMS_KEPT of them. */
const SHORT_FORMS = new Map<string, readonly string[]>();
const SHORT_FORMS_KEPT = 5000;
