// The part of the story the scrolling page's script needs: the map's camera, layers and data,
// titles for the navigation. Picked field by field, so that a field added to the story later is
// not sent to every reader's browser unless it is added here too.
import type { Story, StoryOutline } from '../../story/types';

export function storyOutline(story: Story): StoryOutline {
	return {
		meta: story.meta,
		steps: story.steps.map(({ id, index, title, camera, layers, highlight, places, pins, alt }) => ({ id, index, title, camera, layers, highlight, places, pins, alt })),
		layers: story.layers
	};
}
