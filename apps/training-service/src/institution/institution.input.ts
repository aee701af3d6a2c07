import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An institution that runs courses (the area’s political centre, the city’s political school).' })
export class RegisterInstitutionInput {
  @Field(() => String, { description: 'Its code, unique, printed in certificate numbers (letters, digits, dots, hyphens; kept upper-case).' })
  code!: string;

  @Field(() => String, { description: 'Its name as printed on certificates (at most 200 characters).' })
  name!: string;
}
