import { defineElement } from '../../core/registry.js';
import { LikeButton } from './like-button.js';

defineElement('like-button', LikeButton);

export { LikeButton };
