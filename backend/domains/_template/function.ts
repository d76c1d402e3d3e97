// template: the cloud function of the domain; one file per action under actions/, listed here.
import { defineFunction } from '../../runtime/define-function';
import { greet } from './actions/greet';

export const template = defineFunction('template', { greet });
