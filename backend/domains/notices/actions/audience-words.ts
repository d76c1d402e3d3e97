// The sentence that says who a notice reaches, e.g. "将发给 莲花社区离退休干部党支部 的 36 位党员。"
export function audienceSentence(verb: string, unitName: string, members: number): string {
  return `${verb} ${unitName} 的 ${members} 位党员。`;
}
