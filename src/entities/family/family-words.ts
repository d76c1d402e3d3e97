// The words of the family card that name a person: the question before a relative is removed, and its button.

export function removeRelativeLabel(name: string): string {
  return `不再让${name}代报名`;
}

export function removeRelativeQuestion(name: string): string {
  return `确定不再让${name}替您报名和取消报名吗？以后${name}要再输入您新的家人码，才能重新关联。`;
}
