import { locationHint } from './hint';

describe('a location hint at a place with no geofence', () => {
  it('records the fix, flags a missing or poor one, and never refuses', () => {
    expect(locationHint({})).toEqual({ flags: ['no_location'], location: null });
    expect(locationHint({ lat: 24.48, lng: 118.09, accuracy: 30 })).toEqual({
      flags: [],
      location: { lat: 24.48, lng: 118.09, accuracy: 30 },
    });
    expect(locationHint({ lat: 24.48, lng: 118.09, accuracy: 500 })?.flags).toEqual(['poor_accuracy']);
    expect(locationHint({ lat: 91, lng: 118.09 })).toBeNull();
  });

  it('flags a departure far from the arrival', () => {
    const arrival = { lat: 24.48, lng: 118.09 };
    expect(locationHint({ lat: 24.4801, lng: 118.0901 }, arrival)?.flags).toEqual([]);
    expect(locationHint({ lat: 24.5, lng: 118.09 }, arrival)?.flags).toEqual(['moved']);
  });
});
