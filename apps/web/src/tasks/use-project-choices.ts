import { useEffect, useState } from 'react';
import { listProjectChoices } from '../api/rest';
import type { ApiError, Project } from '../api/types';

/** The projects a new task can be filed under, loaded once per form over REST. */
export function useProjectChoices() {
  const [projects, setProjects] = useState<readonly Project[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let current = true;
    void listProjectChoices().then((result) => {
      if (!current) return;
      if (result.ok) setProjects(result.data.items);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);
  return { projects, error };
}
