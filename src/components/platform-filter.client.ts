/**
 * Filters the list inside <kb-platform-filter> by launch type. Without JavaScript the choices stay
 * hidden and the whole list shows; with it, the choice is kept in `?launch=` (replaceState, so the back
 * button still leaves the page) and the count is announced.
 */
import { LAUNCH_PARAM, keptUnder, launchFromSearch, parseLaunchChoice, withLaunch, type LaunchChoice } from '../lib/launch-filter.ts';

export class KbPlatformFilter extends HTMLElement {
  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-platform-controls]');
    if (!controls) return;
    const choice = launchFromSearch(location.search);
    for (const radio of this.radios()) {
      radio.checked = radio.value === choice;
      radio.addEventListener('change', () => {
        const picked = parseLaunchChoice(radio.value);
        const query = withLaunch(new URLSearchParams(location.search), picked).toString();
        history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
        this.apply(picked, true);
      });
    }
    controls.hidden = false;
    this.apply(choice, false);
  }

  private radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${LAUNCH_PARAM}"]`)];
  }

  private apply(choice: LaunchChoice, announce: boolean) {
    let shown = 0;
    for (const item of this.querySelectorAll<HTMLElement>('li[data-applies-to]')) {
      const show = keptUnder(
        item.dataset['appliesTo']?.split(' ').filter((t) => t !== ''),
        choice,
      );
      item.hidden = !show;
      if (show) shown++;
    }
    // A group (an area of the symptom list) with nothing left in it goes too, heading and all.
    for (const group of this.querySelectorAll<HTMLElement>('[data-platform-group]')) {
      group.hidden = group.querySelector('li[data-applies-to]:not([hidden])') === null;
    }
    const status = this.querySelector<HTMLElement>('[data-platform-status]');
    if (status && announce) status.textContent = `${shown} 件を表示しています。`;
    this.dataset['shown'] = String(shown);
  }
}
